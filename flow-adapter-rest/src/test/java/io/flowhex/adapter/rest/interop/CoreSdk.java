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
            return read(action, response.getData());
        } catch (ClientException e) {
            throw new SdkError(e.getErrCode(), e.getErrMsg(), e.getRequestId(), e.getAccessDeniedDetail());
        }
    }

    /**
     * What a generated core SDK's unmarshaller does with the answer: core's own {@link JsonReader}, in
     * the mode of a response model whose {@code checkShowJsonItemName()} is false (as the generated
     * core SDKs declare for JSON arrays of plain values), then {@link UnmarshallerContext} paths.
     */
    @SuppressWarnings("deprecation") // JsonReader is core's own reader, still the one DefaultAcsClient uses
    private static SdkReply read(String action, String json) {
        String root = action + "Response";
        UnmarshallerContext context = new UnmarshallerContext();
        context.setResponseMap(new JsonReader().readForHideArrayItem(json, root));
        SdkFlow data = null;
        List<SdkFlow> items = new ArrayList<>();
        if (action.equals("ListFlow")) {
            for (int i = 0; i < context.lengthValue(root + ".Data.Length"); i++) {
                items.add(flow(context, root + ".Data[" + i + "]."));
            }
        } else if (context.stringValue(root + ".Data.FlowId") != null) {
            data = flow(context, root + ".Data.");
        }
        return new SdkReply(context.stringValue(root + ".RequestId"), context.stringValue(root + ".Code"),
                context.stringValue(root + ".Message"), data, items);
    }

    private static SdkFlow flow(UnmarshallerContext context, String prefix) {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < context.lengthValue(prefix + "Categories.Length"); i++) {
            categories.add(context.stringValue(prefix + "Categories[" + i + "]"));
        }
        return new SdkFlow(context.stringValue(prefix + "FlowId"), context.stringValue(prefix + "FlowName"),
                categories, context.stringValue(prefix + "Status"),
                context.stringValue(prefix + "JSONVersion"), context.stringValue(prefix + "DataApiVersion"),
                context.stringValue(prefix + "EndpointUri"), context.stringValue(prefix + "PreviewUrl"),
                context.longValue(prefix + "PreviewUrlExpires"), context.stringValue(prefix + "FilePath"));
    }

    @Override
    public String toString() {
        return "aliyun-java-sdk-core CommonRequest " + method + " " + version + ", parameters in the "
                + (inBody ? "body" : "query");
    }
}
