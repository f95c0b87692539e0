package io.flowhex.bootstrap.attack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * Decides whether the calls one account made could have been answered by a limiter that grants at
 * most {@code limit} calls per window and refuses a call only when its window's grants are used up;
 * the windows are of fixed length and aligned to the account's first call (the server's limiter is
 * resilience4j's {@code AtomicRateLimiter}, whose cycle is {@code (now − creation) / period}, created
 * by the account's first call).
 *
 * <p><b>Why not "at most the limit in every sliding second":</b> a sliding second can straddle two
 * of the server's windows and then legitimately hold the tail of one window's grants and the head of
 * the next, up to twice the limit ({@code GrantWindowsTest} shows a correct limiter doing it). So the
 * limit is checked per server window; for sliding seconds the sound bound, twice the limit, is
 * checked.
 *
 * <p><b>The tolerance, and why it is sound:</b> client and server read the same wall clock (they run
 * in one JVM), so the server decided each call at an instant between the client's {@code sent} and
 * {@code received} stamps; that bracket, the client's own timestamp skew, is the only uncertainty.
 * The alignment (the first call's decision) lies between the earliest {@code sent} and the earliest
 * {@code received}. Each call may have been decided in any window its bracket reaches, and a finding
 * is reported only when no such placement fits:
 *
 * <ul>
 *   <li>over the limit: no placement of the grants keeps every window within the limit (found
 *       earliest-deadline-first, which is optimal for such interval constraints; under saturation,
 *       when every window is full, one extra grant has nowhere to go);</li>
 *   <li>starving: a call refused certainly within a window whose possible grants are fewer than the
 *       limit (the limiter refused while quota was left);</li>
 *   <li>a sliding second: more than twice the limit grants whose brackets all fit in one second.</li>
 * </ul>
 *
 * A slow or overloaded machine only widens the brackets: it can hide a finding, never invent one.
 */
final class GrantWindows {

    /** The outcome, with the figures worth printing; the findings are empty when the limiter held. */
    record Verdict(int grants, long windows, int ambiguous, int maxCertain, int maxInSlidingSecond, String overLimit,
            String starving) {

        boolean withinLimit() {
            return overLimit.isEmpty();
        }
    }

    private record Placement(long earliest, long latest) {
    }

    private GrantWindows() {
    }

    /**
     * @param calls every call the account made during the test, granted or not (all of them bound the
     *              alignment); the account must have made none before
     */
    static Verdict check(List<LoadClient.Call> calls, int limit, Duration window) {
        if (calls.isEmpty()) {
            return new Verdict(0, 0, 0, 0, 0, "", "");
        }
        long alignedNoEarlier = calls.stream().mapToLong(c -> nanos(c.sent())).min().orElseThrow();
        long alignedNoLater = calls.stream().mapToLong(c -> nanos(c.received())).min().orElseThrow();
        long length = window.toNanos();
        List<Placement> grants = new ArrayList<>();
        List<Placement> refusals = new ArrayList<>();
        for (LoadClient.Call call : calls) {
            long earliest = Math.max(0, Math.floorDiv(nanos(call.sent()) - alignedNoLater, length));
            long latest = Math.floorDiv(nanos(call.received()) - alignedNoEarlier, length);
            (call.granted() ? grants : refusals).add(new Placement(earliest, latest));
        }
        grants.sort(Comparator.comparingLong(Placement::earliest));
        long windows = grants.stream().mapToLong(Placement::latest).max().orElse(-1) + 1;
        int ambiguous = (int) grants.stream().filter(g -> g.earliest() != g.latest()).count();
        long overfull = firstOverfullWindow(grants, limit);
        String overLimit = overfull < 0 ? "" : "window " + overfull + " after the first call: "
                + count(grants, g -> g.earliest() == overfull && g.latest() == overfull) + " grants certainly in it, "
                + count(grants, g -> g.earliest() <= overfull && g.latest() >= overfull)
                + " possibly, and no placement of all grants keeps every window within " + limit;
        return new Verdict(grants.size(), windows, ambiguous, maxCertain(grants), maxInSlidingSecond(calls, window),
                overLimit, starving(grants, refusals, limit));
    }

    /** The first window with a call refused certainly in it but fewer than {@code limit} grants possibly in it. */
    private static String starving(List<Placement> grants, List<Placement> refusals, int limit) {
        return refusals.stream().filter(r -> r.earliest() == r.latest()).mapToLong(Placement::earliest).distinct().sorted()
                .filter(k -> count(grants, g -> g.earliest() <= k && g.latest() >= k) < limit)
                .mapToObj(k -> "window " + k + " refused a call with at most "
                        + count(grants, g -> g.earliest() <= k && g.latest() >= k) + " grants in it")
                .findFirst().orElse("");
    }

    private static long count(List<Placement> placements, Predicate<Placement> which) {
        return placements.stream().filter(which).count();
    }

    /** Earliest-deadline-first: the first window where a grant finds no room, or -1 when all fit. */
    private static long firstOverfullWindow(List<Placement> grants, int limit) {
        PriorityQueue<Placement> waiting = new PriorityQueue<>(Comparator.comparingLong(Placement::latest));
        int next = 0;
        long k = grants.isEmpty() ? 0 : grants.get(0).earliest();
        while (next < grants.size() || !waiting.isEmpty()) {
            if (waiting.isEmpty() && grants.get(next).earliest() > k) {
                k = grants.get(next).earliest();
            }
            while (next < grants.size() && grants.get(next).earliest() <= k) {
                waiting.add(grants.get(next++));
            }
            for (int placed = 0; placed < limit && !waiting.isEmpty(); placed++) {
                waiting.poll();
            }
            if (!waiting.isEmpty() && waiting.peek().latest() <= k) {
                return k;
            }
            k++;
        }
        return -1;
    }

    /** The most grants certainly decided in one window. */
    private static int maxCertain(List<Placement> grants) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Placement g : grants) {
            if (g.earliest() == g.latest()) {
                counts.merge(g.earliest(), 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The most grants whose brackets all fit within one sliding interval of a window's length. */
    private static int maxInSlidingSecond(List<LoadClient.Call> calls, Duration window) {
        List<LoadClient.Call> grants = calls.stream().filter(LoadClient.Call::granted)
                .sorted(Comparator.comparing(LoadClient.Call::sent)).toList();
        int best = 0;
        for (int i = 0; i < grants.size(); i++) {
            long end = nanos(grants.get(i).sent()) + window.toNanos();
            int inside = 0;
            for (int j = i; j < grants.size() && nanos(grants.get(j).sent()) < end; j++) {
                if (nanos(grants.get(j).received()) < end) {
                    inside++;
                }
            }
            best = Math.max(best, inside);
        }
        return best;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
