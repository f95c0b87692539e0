package io.flowhex.application.ratelimit;

/** The budget of an account's second or later action, named, held by its {@link AccountLimiter}. */
final class ActionLimiter extends PermitCycle {

    final String action;

    ActionLimiter(String action, long firstCall, int permits) {
        super(firstCall, permits);
        this.action = action;
    }
}
