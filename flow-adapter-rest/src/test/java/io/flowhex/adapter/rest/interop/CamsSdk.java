package io.flowhex.adapter.rest.interop;

import java.util.Map;

/** One official client configuration calling an action of CAMS 2020-06-06 on a given endpoint. */
interface CamsSdk {

    /**
     * @param endpoint {@code 127.0.0.1:PORT}
     * @throws SdkError when the SDK raised its error exception
     */
    SdkReply call(String endpoint, String keyId, String secret, String action, Map<String, String> parameters)
            throws SdkError;
}
