package io.flowhex.adapter.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes an action's answer as the {@code Data} field of the success envelope, or writes nothing
 * for an action whose answer has no {@code Data} (DeleteFlow, PublishFlow, DeprecateFlow).
 */
@FunctionalInterface
interface DataWriter<R> {

    void write(JsonGenerator json, R result) throws IOException;

    /** For actions whose response is the envelope alone. */
    static <R> DataWriter<R> none() {
        return (json, result) -> {
        };
    }
}
