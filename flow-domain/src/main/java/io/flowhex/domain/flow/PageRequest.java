package io.flowhex.domain.flow;

/**
 * One page of ListFlow: {@code Index} from 1, {@code Size} 1 to 100 (CAMS's
 * {@code InvalidParameter.PageInvalid} outside those), defaults 1 and 20.
 */
public record PageRequest(int index, int size) {

    public static final int DEFAULT_INDEX = 1;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private static final PageRequest DEFAULTS = new PageRequest(DEFAULT_INDEX, DEFAULT_SIZE);

    public PageRequest {
        if (index < 1) {
            throw new IllegalArgumentException("Page Index must be at least 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("Page Size must be 1 to " + MAX_SIZE);
        }
    }

    /** The first page of 20. */
    public static PageRequest ofDefaults() {
        return DEFAULTS;
    }

    /** How many items come before this page; a long, since Index may be as large as an int allows. */
    public long offset() {
        return (long) (index - 1) * size;
    }
}
