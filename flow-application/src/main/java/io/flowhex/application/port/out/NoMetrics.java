package io.flowhex.application.port.out;

import io.flowhex.application.port.in.CamsAction;
import java.time.Duration;

/** {@link FlowMetrics#none()}: every report dropped. */
enum NoMetrics implements FlowMetrics {
    INSTANCE;

    @Override
    public void actionFinished(CamsAction action, String code, Duration duration) {
        // nothing is recorded
    }

    @Override
    public void quotaDenied(CamsAction action) {
        // nothing is recorded
    }

    @Override
    public void authenticationFailed(String code) {
        // nothing is recorded
    }

    @Override
    public void storeCallFinished(String store, String operation, Duration duration, boolean failed) {
        // nothing is recorded
    }

    @Override
    public String toString() {
        return "FlowMetrics.none()";
    }
}
