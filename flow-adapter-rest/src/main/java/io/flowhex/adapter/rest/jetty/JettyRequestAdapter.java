package io.flowhex.adapter.rest.jetty;

import io.flowhex.adapter.rest.CamsHttpRequest;
import io.flowhex.adapter.rest.CamsHttpResponse;
import io.flowhex.adapter.rest.CamsRpcHandler;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bridges Jetty's core request to the framework-neutral handler: refuses an announced body over the
 * limit before reading it (413), reads the body within the request timeout (408), then answers with
 * whatever {@link CamsRpcHandler} says.
 */
final class JettyRequestAdapter extends Handler.Abstract {

    private final CamsRpcHandler handler;
    private final int maxBodyBytes;
    private final long requestTimeoutMillis;

    JettyRequestAdapter(CamsRpcHandler handler) {
        this.handler = handler;
        this.maxBodyBytes = handler.settings().maxBodyBytes();
        this.requestTimeoutMillis = handler.settings().requestTimeout().toMillis();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() > maxBodyBytes) {
            send(response, handler.errorResponse(413), true, callback);
            return true;
        }
        Optional<byte[]> body;
        try {
            body = BodyReader.read(request, maxBodyBytes).get(requestTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            send(response, handler.errorResponse(408), true, callback);
            return true;
        } catch (ExecutionException e) {
            send(response, handler.errorResponse(400), true, callback);
            return true;
        }
        if (body.isEmpty()) {
            send(response, handler.errorResponse(413), true, callback);
            return true;
        }
        send(response, handler.handle(toCamsRequest(request, body.get())), false, callback);
        return true;
    }

    private static CamsHttpRequest toCamsRequest(Request request, byte[] body) {
        CamsHttpRequest.Builder builder = CamsHttpRequest.builder(request.getMethod(), request.getHttpURI().getPath())
                .rawQuery(request.getHttpURI().getQuery())
                .body(body)
                .remoteAddress(Request.getRemoteAddr(request))
                .secure(request.isSecure());
        for (HttpField field : request.getHeaders()) {
            builder.header(field.getName(), field.getValue());
        }
        return builder.build();
    }

    static void send(Response response, CamsHttpResponse answer, boolean close, Callback callback) {
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            headers.put(header.getKey(), header.getValue());
        }
        if (close) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, answer.bodyBuffer(), callback);
    }
}
