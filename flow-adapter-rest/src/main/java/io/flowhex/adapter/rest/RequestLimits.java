package io.flowhex.adapter.rest;

import java.util.List;
import java.util.Map;

/**
 * The size limits, checked on the request value as well, so that an embedding whose server is more
 * lenient than the Jetty host still gets them: request line plus headers (431), body (413).
 */
final class RequestLimits {

    private RequestLimits() {
    }

    static void check(CamsHttpRequest request, RestSettings settings) {
        // "METHOD path?query HTTP/1.1\r\n", then "name: value\r\n" per header, then "\r\n"
        long size = request.method().length() + request.path().length() + request.rawQuery().length() + 13L;
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + 4L;
            }
        }
        if (size + 2 > settings.maxHeaderBytes()) {
            throw RejectedRequest.of(Rejection.HEADERS_TOO_LARGE);
        }
        if (request.bodyLength() > settings.maxBodyBytes()) {
            throw RejectedRequest.of(Rejection.BODY_TOO_LARGE);
        }
    }
}
