package io.flowhex.spring.boot.autoconfigure;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Map;

/**
 * The official SDK's base client (com.aliyun:tea-openapi) with the Params the CAMS SDK passes for every
 * flow action, pointed at the endpoint a test started: the answer's body, or the SDK's TeaException.
 */
public final class TeaCalls {

    private final String endpoint;
    private final Tenant tenant;

    public TeaCalls(String endpoint, Tenant tenant) {
        this.endpoint = endpoint;
        this.tenant = tenant;
    }

    /** The {@code body} of a 2xx answer; a 4xx/5xx answer is the SDK's TeaException, carrying the code. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> call(String action, Map<String, String> parameters) throws TeaException {
        try {
            Config config = new Config().setAccessKeyId(tenant.rootKey().id().value())
                    .setAccessKeySecret(tenant.rootKey().secret().reveal()).setEndpoint(endpoint).setProtocol("HTTP")
                    .setConnectTimeout(5_000).setReadTimeout(30_000);
            Params params = new Params().setAction(action).setVersion("2020-06-06").setProtocol("HTTPS")
                    .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                    .setBodyType("json");
            Map<String, ?> response = new Client(config).callApi(params,
                    new OpenApiRequest().setQuery(parameters), new RuntimeOptions());
            return (Map<String, Object>) response.get("body");
        } catch (TeaException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("tea-openapi failed outside its error model", e);
        }
    }

    /** The {@code Data} object of a 2xx answer. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> data(String action, Map<String, String> parameters) throws TeaException {
        return (Map<String, Object>) call(action, parameters).get("Data");
    }
}
