package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server holds: accounts, AccessKeys, flows by status (every status present) and, when the
 * call quota can tell, what its budgets hold.
 */
public record StateSummary(long accounts, long accessKeys, Map<FlowStatus, Long> flowsByStatus,
        Optional<Limiter> limiter) {

    public StateSummary {
        Objects.requireNonNull(flowsByStatus, "flowsByStatus");
        Objects.requireNonNull(limiter, "limiter");
        EnumMap<FlowStatus, Long> complete = new EnumMap<>(FlowStatus.class);
        for (FlowStatus status : FlowStatus.values()) {
            complete.put(status, Objects.requireNonNullElse(flowsByStatus.get(status), 0L));
        }
        flowsByStatus = Collections.unmodifiableMap(complete);
    }

    /** All flows, whatever their status. */
    public long flows() {
        return flowsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The call quota's budgets: accounts tracked now, and the action budgets they hold in all. */
    public record Limiter(long trackedAccounts, long trackedActions) {
    }
}
