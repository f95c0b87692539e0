package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Address classes: what a download may connect to")
class AddressClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL", "fe80::1, LINK_LOCAL", "febf:ffff::1, LINK_LOCAL",
        "100.100.100.200, LINK_LOCAL", "fd00:ec2::254, LINK_LOCAL",
        "::ffff:169.254.169.254, LINK_LOCAL", "::169.254.169.254, LINK_LOCAL", "64:ff9b::a9fe:a9fe, LINK_LOCAL",
        "2002:a9fe:a9fe::1, LINK_LOCAL",
        "127.0.0.1, PRIVATE", "127.1.2.3, PRIVATE", "::1, PRIVATE", "0.0.0.0, PRIVATE", "::, PRIVATE",
        "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
        "100.64.0.1, PRIVATE", "100.127.255.255, PRIVATE", "198.18.0.1, PRIVATE", "224.0.0.1, PRIVATE",
        "255.255.255.255, PRIVATE", "240.0.0.1, PRIVATE", "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE",
        "fec0::1, PRIVATE", "ff02::1, PRIVATE", "::ffff:10.0.0.1, PRIVATE", "64:ff9b::7f00:1, PRIVATE",
        "2002:c0a8:101::1, PRIVATE",
        "8.8.8.8, PUBLIC", "93.184.216.34, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC",
        "169.253.255.255, PUBLIC", "2001:4860:4860::8888, PUBLIC", "fec0::1%0, PRIVATE", "2002:808:808::1, PUBLIC"
    })
    void classifies(String literal, AddressClass expected) throws Exception {
        assertThat(AddressClass.of(InetAddress.getByName(literal))).isEqualTo(expected);
    }
}
