package io.flowhex.adapter.rest.jetty;

import io.flowhex.adapter.rest.CamsRpcHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Replaces Jetty's HTML error pages (a header too large, a bad request line, an unhandled failure)
 * with the CAMS JSON error body, for every method; never shows a stack trace or a cause.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final CamsRpcHandler handler;

    JsonErrorHandler(CamsRpcHandler handler) {
        this.handler = handler;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        JettyRequestAdapter.send(response, handler.errorResponse(code), false, callback);
    }
}
