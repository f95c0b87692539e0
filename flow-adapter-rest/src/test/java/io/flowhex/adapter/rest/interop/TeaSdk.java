package io.flowhex.adapter.rest.interop;

import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaModel;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.Map;

/**
 * com.aliyun:tea-openapi 0.3.8 with the Params the CAMS SDK uses for every flow action, signing with ACS3
 * (the default) or V1 ({@code signatureAlgorithm = "v2"}), parameters in the query (cams20200606
 * 3.1.0+) or in the body (1.4.0 to 3.0.0).
 */
record TeaSdk(boolean v1, boolean inBody) implements CamsSdk {

    @Override
    public SdkReply call(String endpoint, String keyId, String secret, String action, Map<String, String> parameters)
            throws SdkError {
        try {
            Config config = new Config().setAccessKeyId(keyId).setAccessKeySecret(secret).setEndpoint(endpoint)
                    .setProtocol("HTTP").setConnectTimeout(5_000).setReadTimeout(10_000);
            if (v1) {
                config.setSignatureAlgorithm("v2");
            }
            Params params = new Params().setAction(action).setVersion("2020-06-06").setProtocol("HTTPS")
                    .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                    .setBodyType("json");
            OpenApiRequest request = new OpenApiRequest();
            if (inBody) {
                request.setBody(parameters);
            } else {
                request.setQuery(parameters);
            }
            Map<String, ?> response = new Client(config).callApi(params, request, new RuntimeOptions());
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) response.get("body");
            return read(action, body);
        } catch (TeaException e) {
            Object requestId = e.getData() == null ? null : e.getData().get("RequestId");
            throw new SdkError(e.getCode(), e.getMessage(), requestId == null ? null : requestId.toString(),
                    e.getAccessDeniedDetail());
        } catch (SdkError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("tea-openapi failed outside its error model", e);
        }
    }

    /** As the generated cams20200606 client does: the body mapped onto the action's response model. */
    private static SdkReply read(String action, Map<String, Object> body) throws Exception {
        if (action.equals("ListFlow")) {
            TeaListFlowResponseBody list = TeaModel.toModel(body, new TeaListFlowResponseBody());
            return new SdkReply(list.requestId, list.code, list.message, null,
                    list.data == null ? null : list.data.stream().map(TeaFlowResponseBody.Data::toFlow).toList());
        }
        TeaFlowResponseBody model = TeaModel.toModel(body, new TeaFlowResponseBody());
        return new SdkReply(model.requestId, model.code, model.message, model.data == null ? null : model.data.toFlow(),
                null);
    }

    @Override
    public String toString() {
        return "tea-openapi " + (v1 ? "V1 (signatureAlgorithm=v2)" : "ACS3") + ", parameters in the " + (inBody ? "body" : "query");
    }
}
