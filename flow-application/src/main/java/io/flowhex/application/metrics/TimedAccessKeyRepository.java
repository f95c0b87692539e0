package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import java.util.Optional;
import java.util.function.Function;

/** {@link AccessKeyRepository}, each call timed. */
final class TimedAccessKeyRepository implements AccessKeyRepository {

    private final AccessKeyRepository delegate;
    private final StoreCalls findByIdCalls;
    private final StoreCalls saveCalls;

    TimedAccessKeyRepository(AccessKeyRepository delegate, Function<String, StoreCalls> calls) {
        this.delegate = delegate;
        this.findByIdCalls = calls.apply("findById");
        this.saveCalls = calls.apply("save");
    }

    @Override
    public Optional<AccessKey> findById(AccessKeyId id) {
        return findByIdCalls.call(() -> delegate.findById(id));
    }

    @Override
    public void save(AccessKey key) {
        saveCalls.run(() -> delegate.save(key));
    }
}
