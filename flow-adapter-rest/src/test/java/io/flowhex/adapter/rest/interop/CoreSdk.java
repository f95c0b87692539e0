package io.flowhex.adapter.rest.interop;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.SignatureVersion;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.reader.JsonReader;
import com.aliyuncs.transform.UnmarshallerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * com.aliyun:aliyun-java-sdk-core 4.7.3 {@code CommonRequest}, GET or POST, V1 (its default) or V3
 * ({@code setSysSignatureVersion(SignatureVersion.V3)}: ACS3-HMAC-SHA256), parameters in the query or
 * the form body; the answer read with core's own {@link JsonReader} and {@link UnmarshallerContext},
 * as its generated product SDKs read theirs.
 */
record CoreSdk(SignatureVersion version, MethodType method, boolean inBody) implements CamsSdk {

    private static final Map<String, DefaultAcsClient> CLIENTS = new ConcurrentHashMap<>();

    @Override
    public SdkReply call(String endpoint, String keyId, String secret, String action, Map<String, String> parameters)
            throws SdkError {
        DefaultAcsClient client = CLIENTS.computeIfAbsent(keyId + "\n" + secret,
                k -> new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", keyId, secret)));
        CommonRequest request = new CommonRequest();
        request.setSysDomain(endpoint);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-06-06");
        request.setSysAction(action);
        request.setSysMethod(method);
        request.setSysSignatureVersion(version);
        parameters.forEach(inBody ? request::putBodyParameter : request::putQueryParameter);
        try {
            CommonResponse response = client.getCommonResponse(request);
            return read(response.getData());
        } catch (ClientException e) {
            throw new SdkError(e.getErrCode(), e.getErrMsg(), e.getRequestId(), e.getAccessDeniedDetail());
        }
    }

    @SuppressWarnings("deprecation") // JsonReader is core's own reader, still the one DefaultAcsClient uses
    private static SdkReply read(String json) {
        UnmarshallerContext context = new UnmarshallerContext();
        // what DefaultAcsClient does for a response model whose checkShowJsonItemName() is false, as the
        // generated core SDKs declare for JSON arrays of plain values
        context.setResponseMap(new JsonReader().readForHideArrayItem(json, "GetFlowResponse"));
        String data = "GetFlowResponse.Data.";
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < context.lengthValue(data + "Categories.Length"); i++) {
            categories.add(context.stringValue(data + "Categories[" + i + "]"));
        }
        return new SdkReply(context.stringValue("GetFlowResponse.RequestId"), context.stringValue("GetFlowResponse.Code"),
                context.stringValue("GetFlowResponse.Message"), context.stringValue(data + "FlowId"),
                context.stringValue(data + "FlowName"), categories, context.stringValue(data + "Status"),
                context.stringValue(data + "JSONVersion"), context.stringValue(data + "DataApiVersion"),
                context.stringValue(data + "EndpointUri"), context.stringValue(data + "PreviewUrl"),
                context.longValue(data + "PreviewUrlExpires"));
    }

    @Override
    public String toString() {
        return "aliyun-java-sdk-core CommonRequest " + method + " " + version + ", parameters in the "
                + (inBody ? "body" : "query");
    }
}
