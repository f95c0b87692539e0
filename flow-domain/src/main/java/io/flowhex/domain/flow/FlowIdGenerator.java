package io.flowhex.domain.flow;

/**
 * Issues the FlowId of a new flow. Ids need not be unique by construction: the store refuses a
 * taken id and CreateFlow asks for another. Implementations are safe for concurrent use.
 */
@FunctionalInterface
public interface FlowIdGenerator {

    FlowId next();
}
