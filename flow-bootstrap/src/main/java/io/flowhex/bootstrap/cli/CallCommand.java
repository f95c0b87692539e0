package io.flowhex.bootstrap.cli;

import io.flowhex.adapter.rest.client.CamsRequestSigner;
import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.client.SignedRequest;
import io.flowhex.application.port.in.SignatureScheme;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code call --endpoint URL --access-key-id ID --access-key-secret SECRET [--signature v3|v1]
 * [--method POST|GET] Action Name=Value...}: signs one RPC call of any action like the official SDKs
 * (parameters in the query, values sent as given, JSON-valued ones included), prints the response
 * body, and exits 0 on a 2xx answer, 1 on an error answer, 2 on a usage error. {@code --help} explains
 * every action's parameters.
 */
public final class CallCommand {

    public static final int OK = 0;
    public static final int ERROR_RESPONSE = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: call --endpoint URL --access-key-id ID --access-key-secret SECRET"
            + " [--signature v3|v1] [--method POST|GET] [--version 2020-06-06] Action Name=Value...";
    private static final List<String> OPTIONS = List.of("endpoint", "access-key-id", "access-key-secret", "signature",
            "method", "version");
    static final String HELP = USAGE_TEXT + "\n\n"
            + "Signs one call like the official SDKs and prints the answer (exit 0: 2xx, 1: an error answer, 2: usage).\n"
            + "  --endpoint URL          the server, e.g. 127.0.0.1:8080 or http://127.0.0.1:8080 (http:// if no scheme)\n"
            + "  --signature v3|v1       ACS3-HMAC-SHA256 (v3, default) or V1 HMAC-SHA1 (v1)\n"
            + "  --method POST|GET       default POST; the parameters travel in the query either way\n\n"
            + "actions and their parameters ([optional]; quote JSON values for the shell):\n"
            + "  GetFlow              FlowId [CustSpaceId]\n"
            + "  CreateFlow           FlowName 'Categories=[\"SIGN_UP\"]' [CustSpaceId] [EndpointUri]\n"
            + "  ListFlow             [CustSpaceId] [FlowName] ['Page={\"Index\":1,\"Size\":20}']\n"
            + "  ModifyFlow           FlowId FlowName 'Categories=[\"SURVEY\"]' [CustSpaceId] [EndpointUri]\n"
            + "  DeleteFlow           FlowId [CustSpaceId]\n"
            + "  PublishFlow          FlowId [CustSpaceId]\n"
            + "  DeprecateFlow        FlowId [CustSpaceId]\n"
            + "  GetFlowJSONAssest    FlowId [CustSpaceId]          (CAMS's spelling)\n"
            + "  UpdateFlowJSONAsset  FlowId FilePath [CustSpaceId]  (FilePath: a URL the server downloads)\n"
            + "  GetFlowPreviewUrl    FlowId [CustSpaceId]\n\n"
            + "example:\n"
            + "  call --endpoint 127.0.0.1:8080 --access-key-id ID --access-key-secret SECRET \\\n"
            + "       CreateFlow FlowName=flow_001 'Categories=[\"SIGN_UP\"]'\n";

    private CallCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HELP);
            return OK;
        }
        Map<String, String> options = new LinkedHashMap<>();
        String action = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (!OPTIONS.contains(name)) {
                    return usage(err, "unknown option --" + name);
                }
                if (eq < 0 && i + 1 >= args.size()) {
                    return usage(err, "--" + name + " needs a value");
                }
                options.put(name, eq < 0 ? args.get(++i) : arg.substring(eq + 1));
            } else if (action == null) {
                action = arg;
            } else {
                int eq = arg.indexOf('=');
                if (eq <= 0) {
                    return usage(err, "parameters are Name=Value, got: " + arg);
                }
                if (parameters.putIfAbsent(arg.substring(0, eq), arg.substring(eq + 1)) != null) {
                    return usage(err, "parameter " + arg.substring(0, eq) + " is given twice");
                }
            }
        }
        if (action == null || !options.containsKey("endpoint") || !options.containsKey("access-key-id")
                || !options.containsKey("access-key-secret")) {
            return usage(err, "an action, --endpoint, --access-key-id and --access-key-secret are required");
        }
        SignatureScheme scheme;
        switch (options.getOrDefault("signature", "v3").toLowerCase(Locale.ROOT)) {
            case "v3" -> scheme = SignatureScheme.ACS3_HMAC_SHA256;
            case "v1" -> scheme = SignatureScheme.V1_HMAC_SHA1;
            default -> {
                return usage(err, "--signature must be v3 or v1");
            }
        }
        URI endpoint = endpoint(options.get("endpoint"));
        if (endpoint == null) {
            return usage(err, "--endpoint must be HOST:PORT or http(s)://HOST:PORT, got: " + options.get("endpoint"));
        }
        try {
            RpcCall call = new RpcCall(options.getOrDefault("method", "POST").toUpperCase(Locale.ROOT), action,
                    options.getOrDefault("version", RpcCall.CAMS_VERSION), parameters, ParameterPlacement.QUERY);
            SignedRequest request = CamsRequestSigner.of(options.get("access-key-id"), options.get("access-key-secret"))
                    .sign(scheme, endpoint, call);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> response = client.send(request.toHttpRequest(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            out.println(response.body());
            return response.statusCode() / 100 == 2 ? OK : ERROR_RESPONSE;
        } catch (IllegalArgumentException e) {
            return usage(err, "invalid call: " + e.getMessage());
        } catch (IOException e) {
            err.println("cannot reach " + endpoint + ": " + e.getClass().getSimpleName());
            return ERROR_RESPONSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ERROR_RESPONSE;
        }
    }

    /**
     * The endpoint with {@code http://} added when it names no scheme; null unless it is an http(s)
     * URL of a host, with no path beyond {@code /}, query or fragment.
     */
    static URI endpoint(String text) {
        String withScheme = text.contains("://") ? text : "http://" + text;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath();
            boolean valid = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && (path == null || path.isEmpty() || path.equals("/"))
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
            return valid ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem + "\n" + USAGE_TEXT + "\n(call --help lists every action and its parameters)");
        return USAGE;
    }
}
