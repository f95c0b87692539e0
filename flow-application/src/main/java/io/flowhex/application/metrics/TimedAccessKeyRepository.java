package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import java.util.Optional;

/** {@link AccessKeyRepository}, each call timed. */
final class TimedAccessKeyRepository implements AccessKeyRepository {

    private final AccessKeyRepository delegate;
    private final StoreCalls calls;

    TimedAccessKeyRepository(AccessKeyRepository delegate, StoreCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public Optional<AccessKey> findById(AccessKeyId id) {
        return calls.call("findById", () -> delegate.findById(id));
    }

    @Override
    public void save(AccessKey key) {
        calls.run("save", () -> delegate.save(key));
    }
}
