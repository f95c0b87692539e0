package io.flowhex.adapter.jdbc.planted;

import org.flywaydb.core.internal.util.StringUtils;

/** Planted violation: an adapter using a class of a library's internal package. */
public final class UsesALibraryInternal {

    public boolean blank(String text) {
        return !StringUtils.hasText(text);
    }
}
