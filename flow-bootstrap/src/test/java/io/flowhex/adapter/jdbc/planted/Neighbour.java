package io.flowhex.adapter.jdbc.planted;

/** A stand-in for a JDBC adapter class, so the planted violation has something to reach into. */
public final class Neighbour {
}
