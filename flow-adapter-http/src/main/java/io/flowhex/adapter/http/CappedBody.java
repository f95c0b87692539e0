package io.flowhex.adapter.http;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A response body read into memory, never more than {@code maxBytes}. The first byte past the limit
 * (or a declared length past it, before any byte) ends the reading and hangs up; the result is then
 * empty, and the whole body otherwise. It asks for one buffer at a time, so what the client holds
 * beyond the limit is at most one buffer the JDK already read. A body that is
 * {@linkplain #skipping skipped} is not read at all.
 */
final class CappedBody implements BodySubscriber<Optional<byte[]>> {

    private static final int FIRST_CAPACITY = 8192;

    private final int maxBytes;
    private final BooleanSupplier abandoned;
    private final CompletableFuture<Optional<byte[]>> result = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private byte[] buffer;
    private int size;

    private CappedBody(int maxBytes, long declaredLength, BooleanSupplier abandoned) {
        this.maxBytes = maxBytes;
        this.abandoned = abandoned;
        boolean declaredFits = declaredLength >= 0 && declaredLength <= maxBytes;
        this.buffer = new byte[declaredFits ? (int) declaredLength : Math.min(FIRST_CAPACITY, Math.max(maxBytes, 0))];
    }

    /**
     * Reads at most {@code maxBytes}; {@code declaredLength} is the Content-Length, or -1. A
     * declared length over the limit is believed at once; one under it only sizes the buffer.
     */
    static CappedBody capped(int maxBytes, long declaredLength, BooleanSupplier abandoned) {
        return new CappedBody(declaredLength > maxBytes ? -1 : maxBytes, declaredLength, abandoned);
    }

    /** Hangs up without reading: the body of an error or a redirect is of no use. */
    static CappedBody skipping(BooleanSupplier abandoned) {
        return new CappedBody(-1, -1, abandoned);
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        if (!subscription.compareAndSet(null, given)) {
            given.cancel();
            return;
        }
        if (maxBytes < 0 || abandoned.getAsBoolean()) {
            cut();
            return;
        }
        given.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int length = item.remaining();
            if (length > maxBytes - size) {
                cut();
                return;
            }
            if (size + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, Math.max(2L * buffer.length, size + length)));
            }
            item.get(buffer, size, length);
            size += length;
        }
        subscription.get().request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(Optional.of(size == buffer.length ? buffer : Arrays.copyOf(buffer, size)));
    }

    @Override
    public CompletionStage<Optional<byte[]>> getBody() {
        return result;
    }

    /** Stops reading from another thread: the download was abandoned. Safe before subscription too. */
    void cancel() {
        Flow.Subscription current = subscription.get();
        if (current != null) {
            cut();
        }
    }

    private void cut() {
        result.complete(Optional.empty());
        subscription.get().cancel();
    }
}
