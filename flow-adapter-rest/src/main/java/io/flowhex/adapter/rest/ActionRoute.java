package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;

/**
 * One row of the action table: the action, how its parameters become the use case's query or
 * command, the use case (a driving port), and how its answer becomes {@code Data}.
 *
 * @param <Q> the use case's query or command record
 * @param <R> what the use case answers
 */
record ActionRoute<Q, R>(CamsAction action, ParameterReader<Q> reader, UseCase<Q, R> useCase, DataWriter<R> writer) {

    ActionRoute {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(writer, "writer");
    }

    /** Reads the parameters, runs the use case and writes its answer in the shared envelope. */
    CamsHttpResponse serve(RequestParameters parameters, Principal caller, CallContext context, String requestId,
            ResponseWriter responses) {
        Q query = reader.read(parameters, caller, context);
        return responses.success(requestId, writer, useCase.run(query));
    }

    /** Turns request parameters into the query; refuses a bad one with {@link RejectedRequest}. */
    @FunctionalInterface
    interface ParameterReader<Q> {
        Q read(RequestParameters parameters, Principal caller, CallContext context);
    }

    /** The driving port's method. */
    @FunctionalInterface
    interface UseCase<Q, R> {
        R run(Q query);
    }
}
