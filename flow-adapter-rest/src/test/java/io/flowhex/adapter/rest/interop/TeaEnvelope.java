package io.flowhex.adapter.rest.interop;

import com.aliyun.tea.NameInMap;
import com.aliyun.tea.TeaModel;

/** The fields every cams20200606 response body model has, whatever its {@code Data}. */
public class TeaEnvelope extends TeaModel {

    @NameInMap("RequestId")
    public String requestId;

    @NameInMap("Code")
    public String code;

    @NameInMap("Message")
    public String message;
}
