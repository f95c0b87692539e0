package io.flowhex.bootstrap.cli;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code call --endpoint URL --access-key-id ID --access-key-secret SECRET [--signature v3|v1]
 * [--method POST|GET] Action Name=Value...}: signs one RPC call like the official SDKs, prints the
 * response body, and exits 0 on a 2xx answer, 1 on an error answer, 2 on a usage error.
 */
public final class CallCommand {

    public static final int OK = 0;
    public static final int ERROR_RESPONSE = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: call --endpoint URL --access-key-id ID --access-key-secret SECRET"
            + " [--signature v3|v1] [--method POST|GET] [--version 2020-06-06] Action Name=Value...";

    private CallCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        String action = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (eq < 0 && i + 1 >= args.size()) {
                    err.println("--" + name + " needs a value\n" + USAGE_TEXT);
                    return USAGE;
                }
                options.put(name, eq < 0 ? args.get(++i) : arg.substring(eq + 1));
            } else if (action == null) {
                action = arg;
            } else {
                int eq = arg.indexOf('=');
                if (eq <= 0) {
                    err.println("parameters are Name=Value, got: " + arg + "\n" + USAGE_TEXT);
                    return USAGE;
                }
                parameters.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        List<String> known = List.of("endpoint", "access-key-id", "access-key-secret", "signature", "method", "version");
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                err.println("unknown option --" + name + "\n" + USAGE_TEXT);
                return USAGE;
            }
        }
        if (action == null || !options.containsKey("endpoint") || !options.containsKey("access-key-id")
                || !options.containsKey("access-key-secret")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        SignatureScheme scheme;
        switch (options.getOrDefault("signature", "v3")) {
            case "v3" -> scheme = SignatureScheme.ACS3_HMAC_SHA256;
            case "v1" -> scheme = SignatureScheme.V1_HMAC_SHA1;
            default -> {
                err.println("--signature must be v3 or v1");
                return USAGE;
            }
        }
        String method = options.getOrDefault("method", "POST");
        try {
            URI endpoint = URI.create(options.get("endpoint"));
            RpcCall call = new RpcCall(method, action, options.getOrDefault("version", RpcCall.CAMS_VERSION),
                    parameters, ParameterPlacement.QUERY);
            SignedRequest request = CamsRequestSigner.of(options.get("access-key-id"), options.get("access-key-secret"))
                    .sign(scheme, endpoint, call);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> response = client.send(request.toHttpRequest(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            out.println(response.body());
            return response.statusCode() / 100 == 2 ? OK : ERROR_RESPONSE;
        } catch (IllegalArgumentException e) {
            err.println("invalid call: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("cannot reach " + options.get("endpoint") + ": " + e.getClass().getSimpleName());
            return ERROR_RESPONSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ERROR_RESPONSE;
        }
    }
}
