package io.flowhex.adapter.rest.interop;

import com.aliyun.tea.NameInMap;
import java.util.List;

/** The shape of cams20200606's ListFlowResponseBody: {@code Data} is a list of ListFlowResponseBodyData. */
public class TeaListFlowResponseBody extends TeaEnvelope {

    @NameInMap("Data")
    public List<TeaFlowResponseBody.Data> data;
}
