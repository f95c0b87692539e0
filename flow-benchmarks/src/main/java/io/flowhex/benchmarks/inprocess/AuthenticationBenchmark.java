package io.flowhex.benchmarks.inprocess;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.benchmarks.Cursor;
import io.flowhex.benchmarks.Tenants;
import io.flowhex.testkit.TestSignatures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) {@code authenticate()}: AccessKey lookup, HMAC recomputed and compared in constant time, time
 * window. Every invocation presents a request signed in set-up with a nonce of its own inside its
 * string-to-sign, shaped like the scheme's real one (ACS3: the hex SHA-256 of a canonical request; V1:
 * the percent-encoded sorted parameters); the pool of {@link #POOL} requests is replayed in rounds.
 * Authentication records nothing since the gate records the nonce after the quota (issue 11): the nonce
 * store's cost is in (e), and this figure is not comparable with one taken before that change.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AuthenticationBenchmark {

    static final int POOL = 32_768;
    private static final int KEYS = 16;

    @Param({"ACS3_HMAC_SHA256", "V1_HMAC_SHA1"})
    public SignatureScheme scheme;

    private AuthenticateUseCase authenticate;
    private AuthenticationRequest[] requests;

    @Setup
    public void setUp() {
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).build();
        Tenants tenants = Tenants.provision(app, KEYS);
        authenticate = app.authenticate();
        String signingTime = TestSignatures.signingTime(Instant.now());
        AuthenticationRequest[] signed = new AuthenticationRequest[POOL];
        for (int i = 0; i < POOL; i++) {
            Tenants.Tenant tenant = tenants.get(i % KEYS);
            String keyId = tenant.rootKey().id().value();
            String nonce = "bench-" + scheme.ordinal() + "-" + i + "-" + Long.toHexString(System.nanoTime());
            String stringToSign = stringToSign(scheme, keyId, signingTime, nonce, tenant);
            signed[i] = new AuthenticationRequest(keyId, scheme, List.of(stringToSign),
                    TestSignatures.sign(scheme, tenant.rootKey().secret().reveal(), stringToSign), signingTime, nonce);
        }
        requests = signed;
    }

    @Benchmark
    public Caller authenticate(Cursor cursor) {
        return authenticate.authenticate(requests[cursor.next(requests.length)]);
    }

    static String stringToSign(SignatureScheme scheme, String keyId, String signingTime, String nonce,
            Tenants.Tenant tenant) {
        String flowParameters = "CustSpaceId=" + tenant.space().value() + "&FlowId=" + tenant.flow().value();
        if (scheme == SignatureScheme.ACS3_HMAC_SHA256) {
            String emptyBody = sha256Hex("");
            String canonical = "POST\n/\n" + flowParameters + "\n"
                    + "host:127.0.0.1:8080\nx-acs-action:GetFlow\nx-acs-content-sha256:" + emptyBody + "\n"
                    + "x-acs-date:" + signingTime + "\nx-acs-signature-nonce:" + nonce + "\nx-acs-version:2020-06-06\n\n"
                    + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                    + emptyBody;
            return "ACS3-HMAC-SHA256\n" + sha256Hex(canonical);
        }
        String sorted = "AccessKeyId=" + keyId + "&Action=GetFlow&" + flowParameters + "&Format=json"
                + "&SignatureMethod=HMAC-SHA1&SignatureNonce=" + nonce + "&SignatureVersion=1.0"
                + "&Timestamp=" + signingTime + "&Version=2020-06-06";
        return "POST&%2F&" + URLEncoder.encode(sorted, StandardCharsets.UTF_8);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
