package io.flowhex.adapter.inmemory.planted;

/** Planted violation: the in-memory adapter naming a class of the JDBC adapter. */
public final class ReachesIntoAnotherAdapter {

    public String neighbour() throws ClassNotFoundException {
        return io.flowhex.adapter.jdbc.JdbcFlowStore.class.getName();
    }
}
