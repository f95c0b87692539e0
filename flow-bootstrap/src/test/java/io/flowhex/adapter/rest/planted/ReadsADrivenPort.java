package io.flowhex.adapter.rest.planted;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.FlowId;

/** Planted violation: the driving adapter reading a store around the use case. */
public final class ReadsADrivenPort {

    public boolean exists(FlowRepository flows, String id) {
        return flows.findById(new FlowId(id)).isPresent();
    }
}
