package io.flowhex.adapter.rest.planted;

import io.flowhex.application.port.out.StoreUnavailableException;

/** Planted violation: the driving adapter handling a driven port's failure itself. */
public final class CatchesAStoreFailure {

    public int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (StoreUnavailableException e) {
            return 503;
        }
    }
}
