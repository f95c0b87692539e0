package io.flowhex.adapter.rest.interop;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;
import java.util.List;

/**
 * The response bodies of cams20200606 whose {@code Data} is one object (GetFlowResponseBody,
 * CreateFlowResponseBody, …: each reads a subset of these fields), mapped by tea's own
 * {@link TeaModel#toModel}.
 */
public class TeaFlowResponseBody extends TeaEnvelope {

    @NameInMap("Data")
    public Data data;

    /** The union of every action's {@code Data} fields (GetFlowResponseBodyData, …). */
    public static class Data extends TeaModel {

        @NameInMap("FlowId")
        public String flowId;

        @NameInMap("FlowName")
        public String flowName;

        @NameInMap("Categories")
        public List<String> categories;

        @NameInMap("Status")
        public String status;

        @NameInMap("JSONVersion")
        public String JSONVersion;

        @NameInMap("DataApiVersion")
        public String dataApiVersion;

        @NameInMap("EndpointUri")
        public String endpointUri;

        @NameInMap("PreviewUrl")
        public String previewUrl;

        @NameInMap("PreviewUrlExpires")
        public Long previewUrlExpires;

        @NameInMap("FilePath")
        public String filePath;

        SdkFlow toFlow() {
            return new SdkFlow(flowId, flowName, categories, status, JSONVersion, dataApiVersion, endpointUri,
                    previewUrl, previewUrlExpires, filePath);
        }
    }
}
