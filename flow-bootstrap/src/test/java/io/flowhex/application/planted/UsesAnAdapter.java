package io.flowhex.application.planted;

import io.flowhex.adapter.inmemory.InMemoryStores;

/** Planted violation: the application reaching for a concrete adapter. */
public final class UsesAnAdapter {

    public Object stores() {
        return InMemoryStores.create();
    }
}
