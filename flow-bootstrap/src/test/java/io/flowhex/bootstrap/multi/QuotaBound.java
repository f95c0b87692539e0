package io.flowhex.bootstrap.multi;

import io.flowhex.bootstrap.multi.CamsClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the grants one account got could have come from one limiter of {@code limit} calls per
 * window, whatever instance answered. The server decides each call at an instant between the
 * client's {@code sent} and {@code received} stamps (the servers, PostgreSQL and the client share
 * the machine's clock), so a grant is counted in an interval only when its whole bracket lies inside:
 * a slow machine widens brackets and can hide an excess, never invent one.
 *
 * <p>Two bounds hold for any limiter of that rate, fixed windows or a bucket of {@code limit}: an
 * interval of length {@code L} holds at most {@code limit × (⌈L / window⌉ + 1)} grants (it touches at
 * most that many windows), so one window's length holds at most twice the limit, and the whole run
 * at most {@code limit × (⌈span / window⌉ + 1)}. Three instances with a limiter each grant about three
 * times the limit per window, which both bounds catch once the run spans a few windows.
 */
final class QuotaBound {

    /** The figures worth printing; {@code findings} is empty when the grants fit one limiter. */
    record Verdict(int calls, int grants, long spanMillis, long runBound, int mostInOneWindow, List<String> findings) {
    }

    private QuotaBound() {
    }

    static Verdict check(List<Answer> answers, int limit, Duration window) {
        List<Answer> grants = answers.stream().filter(Answer::ok).sorted(Comparator.comparing(Answer::sent)).toList();
        List<String> findings = new ArrayList<>();
        Instant first = answers.stream().map(Answer::sent).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant last = answers.stream().map(Answer::received).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        long span = Duration.between(first, last).toNanos();
        long runBound = (long) limit * (ceilDiv(span, window.toNanos()) + 1);
        if (grants.size() > runBound) {
            findings.add(grants.size() + " grants in " + span / 1_000_000 + " ms, where one limiter gives at most " + runBound);
        }
        int most = 0;
        for (Answer from : grants) {
            Instant end = from.sent().plus(window);
            int inside = (int) grants.stream()
                    .filter(g -> !g.sent().isBefore(from.sent()) && !g.received().isAfter(end)).count();
            most = Math.max(most, inside);
        }
        if (most > 2 * limit) {
            findings.add(most + " grants certainly within one window's length, where one limiter gives at most " + 2 * limit);
        }
        return new Verdict(answers.size(), grants.size(), span / 1_000_000, runBound, most, findings);
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
