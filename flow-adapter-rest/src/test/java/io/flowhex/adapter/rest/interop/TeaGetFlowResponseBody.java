package io.flowhex.adapter.rest.interop;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;
import java.util.List;

/** The shape of cams20200606's GetFlowResponseBody, mapped by tea's own {@link TeaModel#toModel}. */
public class TeaGetFlowResponseBody extends TeaModel {

    @NameInMap("RequestId")
    public String requestId;

    @NameInMap("Code")
    public String code;

    @NameInMap("Message")
    public String message;

    @NameInMap("Data")
    public Data data;

    /** GetFlowResponseBodyData. */
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
    }
}
