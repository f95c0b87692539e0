package io.flowhex.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A per-thread position in a benchmark's rotation over tenants. */
@State(Scope.Thread)
public class Cursor {

    private int position;

    /** The next index below {@code size}, starting again at 0 after the last. */
    public int next(int size) {
        int index = position;
        position = index + 1 == size ? 0 : index + 1;
        return index;
    }
}
