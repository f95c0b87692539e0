package io.flowhex.testkit.contract;

import io.flowhex.testkit.MutableClock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How time passes for a call quota under test, so that its suites never wait: the length of one budget's
 * window, and a way to let time pass (a clock the test moves, or stored windows aged by as much). One per
 * quota under test, handed to both {@link CallQuotaContract} and {@link CallAdmissionContract}.
 */
public interface QuotaTime {

    /** How long one budget lasts for this quota. */
    Duration window();

    /** Lets {@code duration} pass for the quota. */
    void elapse(Duration duration);

    /** The in-process quota's one-second windows, on a clock the test moves. */
    static QuotaTime onClock(MutableClock clock) {
        Objects.requireNonNull(clock, "clock");
        return of(Duration.ofSeconds(1), clock::advance);
    }

    /** Windows of {@code window}, time let pass by {@code elapse}. */
    static QuotaTime of(Duration window, Consumer<Duration> elapse) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(elapse, "elapse");
        return new QuotaTime() {
            @Override
            public Duration window() {
                return window;
            }

            @Override
            public void elapse(Duration duration) {
                elapse.accept(duration);
            }
        };
    }
}
