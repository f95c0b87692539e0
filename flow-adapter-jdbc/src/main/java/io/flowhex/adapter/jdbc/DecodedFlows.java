package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last decoding of each recently read flow, keyed by id and kept with the row it came from.
 * Turning a row into domain values (two URI parses, version and name checks) cost as much as the
 * primary-key read itself; an unchanged row is equal to the one kept, so its decoding is reused,
 * while a row that differs in any column is decoded afresh. Every answer therefore reflects the row
 * just read: nothing here can be stale, unlike a cache of reads.
 *
 * <p>Bounded: once {@code capacity} flows are kept, one kept flow makes room for each new one (an
 * arbitrary one: this bounds memory, it does not rank flows). A capacity of 0 decodes every time.
 */
final class DecodedFlows {

    private record Decoded(FlowRow row, Flow flow) {
    }

    private final int capacity;
    private final ConcurrentHashMap<FlowId, Decoded> byId;

    DecodedFlows(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.byId = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    Flow decode(FlowId id, FlowRow row) {
        if (capacity == 0) {
            return row.toFlow(id);
        }
        Decoded known = byId.get(id);
        if (known != null && known.row().equals(row)) {
            return known.flow();
        }
        Flow flow = row.toFlow(id);
        if (known == null && byId.size() >= capacity) {
            makeRoom();
        }
        byId.put(id, new Decoded(row, flow));
        return flow;
    }

    /** Drops the flow's decoding: it is gone, and its memory is another flow's to use. */
    void forget(FlowId id) {
        byId.remove(id);
    }

    /** How many decodings are kept (for tests). */
    int size() {
        return byId.size();
    }

    private void makeRoom() {
        Iterator<FlowId> any = byId.keySet().iterator();
        if (any.hasNext()) {
            byId.remove(any.next());
        }
    }
}
