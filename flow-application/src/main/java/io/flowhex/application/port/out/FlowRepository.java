package io.flowhex.application.port.out;

import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.util.Optional;

/** Driven port: where flows live. Flow ids are unique across all accounts. */
public interface FlowRepository {

    /** The flow with this id, whoever owns it; ownership is the caller's check. One lookup. */
    Optional<Flow> findById(FlowId id);

    /** Inserts or replaces the whole flow (categories in their order, preview included). */
    void save(Flow flow);

    /**
     * Replaces only the preview of an existing flow; returns false when no such flow exists.
     * Cheaper than {@link #save} and safe against a concurrent change of other fields.
     */
    boolean updatePreview(FlowId id, Preview preview);
}
