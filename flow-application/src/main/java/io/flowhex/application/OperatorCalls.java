package io.flowhex.application;

import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.out.StoreUnavailableException;
import java.util.function.Supplier;

/**
 * The operator's ports (provisioning, administration) call the stores through here: a store that does
 * not answer becomes {@link ProvisioningException#unavailable()}, once for every such call.
 */
final class OperatorCalls {

    private OperatorCalls() {
    }

    static void run(Runnable change) {
        call(() -> {
            change.run();
            return null;
        });
    }

    static <T> T call(Supplier<T> change) {
        try {
            return change.get();
        } catch (StoreUnavailableException e) {
            throw ProvisioningException.unavailable();
        }
    }
}
