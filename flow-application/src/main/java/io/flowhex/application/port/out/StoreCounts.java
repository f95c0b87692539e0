package io.flowhex.application.port.out;

import io.flowhex.domain.flow.FlowStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a store holds, counted: accounts, AccessKeys, and flows by status (every status present, zero
 * when the store holds none in it).
 */
public record StoreCounts(long accounts, long accessKeys, Map<FlowStatus, Long> flowsByStatus) {

    public StoreCounts {
        if (accounts < 0 || accessKeys < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        Objects.requireNonNull(flowsByStatus, "flowsByStatus");
        EnumMap<FlowStatus, Long> complete = new EnumMap<>(FlowStatus.class);
        for (FlowStatus status : FlowStatus.values()) {
            long count = Objects.requireNonNullElse(flowsByStatus.get(status), 0L);
            if (count < 0) {
                throw new IllegalArgumentException("counts are not negative");
            }
            complete.put(status, count);
        }
        flowsByStatus = Collections.unmodifiableMap(complete);
    }

    /** All flows, whatever their status. */
    public long flows() {
        return flowsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
