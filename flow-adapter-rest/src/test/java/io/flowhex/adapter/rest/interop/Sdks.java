package io.flowhex.adapter.rest.interop;

import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.http.MethodType;
import java.util.stream.Stream;

/** Every official client configuration the interoperability tests run, for {@code @MethodSource(Sdks.ALL)}. */
final class Sdks {

    static final String ALL = "io.flowhex.adapter.rest.interop.Sdks#all";
    /** A RequestId as the SDKs receive it: an upper-case UUID. */
    static final String UUID = "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}";

    private Sdks() {
    }

    /** tea-openapi in both schemes and both placements; core in both schemes, GET and POST, query and body. */
    static Stream<CamsSdk> all() {
        return Stream.of(
                new TeaSdk(false, false), new TeaSdk(false, true), new TeaSdk(true, false), new TeaSdk(true, true),
                new CoreSdk(SignatureVersion.V1, MethodType.GET, false),
                new CoreSdk(SignatureVersion.V1, MethodType.POST, false),
                new CoreSdk(SignatureVersion.V1, MethodType.POST, true),
                new CoreSdk(SignatureVersion.V3, MethodType.GET, false),
                new CoreSdk(SignatureVersion.V3, MethodType.POST, false),
                new CoreSdk(SignatureVersion.V3, MethodType.POST, true));
    }
}
