package io.flowhex.application.flowjson;

import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowJsonError;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import java.util.ArrayList;
import java.util.List;

/** Validation errors in the order found, at most {@link FlowJsonCheck#MAX_ERRORS}; later ones are dropped. */
final class ErrorList {

    private final List<FlowJsonError> errors = new ArrayList<>();

    void add(FlowJsonErrorCode code, String message, String pointer) {
        if (errors.size() < FlowJsonCheck.MAX_ERRORS) {
            errors.add(new FlowJsonError(code, message, pointer));
        }
    }

    void addAll(ErrorList others) {
        for (FlowJsonError error : others.errors) {
            add(error.code(), error.message(), error.pointer());
        }
    }

    List<FlowJsonError> toList() {
        return List.copyOf(errors);
    }
}
