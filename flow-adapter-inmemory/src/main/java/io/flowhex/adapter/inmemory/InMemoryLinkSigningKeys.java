package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.LinkSigningKey;
import io.flowhex.application.port.out.LinkSigningKeys;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The link key of one in-memory store: the first candidate offered, set once by compare-and-set. */
final class InMemoryLinkSigningKeys implements LinkSigningKeys {

    private final AtomicReference<LinkSigningKey> key = new AtomicReference<>();

    @Override
    public LinkSigningKey keyOrStore(LinkSigningKey candidate) {
        Objects.requireNonNull(candidate, "candidate");
        key.compareAndSet(null, candidate);
        return key.get();
    }
}
