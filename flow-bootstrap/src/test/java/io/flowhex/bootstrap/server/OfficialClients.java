package io.flowhex.bootstrap.server;

import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The two official clients, configured exactly as the CAMS SDK configures tea-openapi for GetFlow,
 * and as a user configures aliyun-java-sdk-core's CommonRequest. Errors come back as the SDK's own
 * exception, from which the code is read.
 */
final class OfficialClients {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfficialClients() {
    }

    /** tea-openapi 0.3.8, ACS3 (the default), parameters in the query: the body map the SDK parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> teaGetFlow(int port, String keyId, String secret, Map<String, String> query) throws Exception {
        Config config = new Config().setAccessKeyId(keyId).setAccessKeySecret(secret)
                .setEndpoint("127.0.0.1:" + port).setProtocol("HTTP");
        Params params = new Params().setAction("GetFlow").setVersion("2020-06-06").setProtocol("HTTPS")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        Map<String, ?> response = new Client(config).callApi(params, new OpenApiRequest().setQuery(query),
                new RuntimeOptions());
        return (Map<String, Object>) response.get("body");
    }

    /** The code of the TeaException tea-openapi raised. */
    static TeaException teaFailure(int port, String keyId, String secret, Map<String, String> query) {
        try {
            teaGetFlow(port, keyId, secret, query);
        } catch (TeaException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a TeaException", e);
        }
        throw new AssertionError("expected a TeaException, the call succeeded");
    }

    /** aliyun-java-sdk-core 4.7.3 CommonRequest, V1 over GET: the parsed JSON body. */
    static JsonNode coreGetFlow(int port, String keyId, String secret, Map<String, String> query) throws Exception {
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("ap-southeast-1", keyId, secret));
        CommonRequest request = new CommonRequest();
        request.setSysDomain("127.0.0.1:" + port);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-06-06");
        request.setSysAction("GetFlow");
        request.setSysMethod(MethodType.GET);
        query.forEach(request::putQueryParameter);
        try {
            CommonResponse response = client.getCommonResponse(request);
            return JSON.readTree(response.getData());
        } finally {
            client.shutdown();
        }
    }

    static ClientException coreFailure(int port, String keyId, String secret, Map<String, String> query) {
        try {
            coreGetFlow(port, keyId, secret, query);
        } catch (ClientException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a ClientException", e);
        }
        throw new AssertionError("expected a ClientException, the call succeeded");
    }
}
