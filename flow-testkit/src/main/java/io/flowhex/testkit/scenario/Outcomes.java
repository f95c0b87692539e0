package io.flowhex.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flowhex.application.port.in.CamsException;
import io.flowhex.application.port.in.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What a call that must be refused was refused with, for the scenarios of every driving port. */
final class Outcomes {

    private Outcomes() {
    }

    /** The code of the {@link CamsException} the call threw; fails the test if it threw anything else or nothing. */
    static ErrorCode codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(CamsException.class);
        return ((CamsException) thrown).errorCode();
    }
}
