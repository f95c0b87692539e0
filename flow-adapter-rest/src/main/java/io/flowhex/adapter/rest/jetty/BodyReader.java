package io.flowhex.adapter.rest.jetty;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without blocking a thread per chunk, up to a limit: the future holds the
 * bytes, or empty when the body was larger than the limit, or fails when the read failed.
 */
final class BodyReader implements Runnable {

    private final Request request;
    private final int maxBytes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final CompletableFuture<Optional<byte[]>> result = new CompletableFuture<>();

    private BodyReader(Request request, int maxBytes) {
        this.request = request;
        this.maxBytes = maxBytes;
    }

    static CompletableFuture<Optional<byte[]>> read(Request request, int maxBytes) {
        BodyReader reader = new BodyReader(request, maxBytes);
        reader.run();
        return reader.result;
    }

    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            try {
                ByteBuffer buffer = chunk.getByteBuffer();
                if (bytes.size() + buffer.remaining() > maxBytes) {
                    result.complete(Optional.empty());
                    return;
                }
                byte[] part = new byte[buffer.remaining()];
                buffer.get(part);
                bytes.write(part, 0, part.length);
            } finally {
                chunk.release();
            }
            if (chunk.isLast()) {
                result.complete(Optional.of(bytes.toByteArray()));
            }
        }
    }
}
