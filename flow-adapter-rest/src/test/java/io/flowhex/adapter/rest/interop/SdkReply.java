package io.flowhex.adapter.rest.interop;

import java.util.List;

/**
 * What an official SDK made of a successful answer: the envelope, and {@code Data} as one flow
 * (null when the answer has none, as for DeleteFlow) or, for ListFlow, as a list of flows.
 */
record SdkReply(String requestId, String code, String message, SdkFlow data, List<SdkFlow> items) {

    SdkReply {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
