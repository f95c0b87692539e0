package io.flowhex.adapter.micrometer;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Meters by their tag values, registered once on first use: a registry lookup builds tags and an id on
 * every call, which the request path should not pay. The keys are bounded by their callers' tag values.
 */
final class MeterCache<K, M> {

    private final ConcurrentMap<K, M> meters = new ConcurrentHashMap<>();
    private final Function<K, M> register;

    MeterCache(Function<K, M> register) {
        this.register = register;
    }

    M get(K key) {
        M meter = meters.get(key);
        return meter != null ? meter : meters.computeIfAbsent(key, register);
    }
}
