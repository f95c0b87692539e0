package io.flowhex.bootstrap.attack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Decides whether the calls one account was granted could have come from a limiter that grants at
 * most {@code limit} calls per window, its windows of fixed length aligned to the account's first
 * call (the server's limiter is resilience4j's {@code AtomicRateLimiter}, whose cycle is
 * {@code (now − creation) / period}, created by the account's first call).
 *
 * <p><b>Why not every sliding one-second interval:</b> a sliding interval can straddle two of the
 * server's windows and then legitimately hold the tail of one window's grants and the head of the
 * next, up to twice the limit. So grants are bucketed by the server's own windows instead; the
 * sliding maximum is reported, and can only be bounded by twice the limit.
 *
 * <p><b>The tolerance, and why it is sound:</b> client and server read the same wall clock (they run
 * in one JVM), so the server decided each call at an instant between the client's {@code sent} and
 * {@code received} stamps; that bracket is the only uncertainty, and it is the client's own
 * timestamp skew. The alignment (the first call's decision) lies between the earliest {@code sent}
 * and the earliest {@code received}. Each grant may be placed in any window its bracket reaches; the
 * limit is violated only if no placement keeps every window within the limit. The placement is
 * found earliest-deadline-first, which is optimal for such interval constraints. Under saturation,
 * when every window is full, a single extra grant has nowhere to go and is caught.
 */
final class GrantWindows {

    /** The outcome, with the figures worth printing. */
    record Verdict(boolean withinLimit, int grants, long windows, int ambiguous, int maxDefinite, int maxSliding,
            String violation) {
    }

    private record Grant(long earliest, long latest) {
    }

    private GrantWindows() {
    }

    /**
     * @param calls every call the account made during the test, granted or not (all of them bound the
     *              alignment); the account must have made none before
     */
    static Verdict check(List<LoadClient.Call> calls, int limit, Duration window) {
        if (calls.isEmpty()) {
            return new Verdict(true, 0, 0, 0, 0, 0, "");
        }
        long alignedNoEarlier = calls.stream().mapToLong(c -> nanos(c.sent())).min().orElseThrow();
        long alignedNoLater = calls.stream().mapToLong(c -> nanos(c.received())).min().orElseThrow();
        long length = window.toNanos();
        List<Grant> grants = new ArrayList<>();
        for (LoadClient.Call call : calls) {
            if (call.granted()) {
                long earliest = Math.max(0, Math.floorDiv(nanos(call.sent()) - alignedNoLater, length));
                long latest = Math.floorDiv(nanos(call.received()) - alignedNoEarlier, length);
                grants.add(new Grant(earliest, latest));
            }
        }
        grants.sort(Comparator.comparingLong(Grant::earliest));
        long windows = grants.stream().mapToLong(Grant::latest).max().orElse(-1) + 1;
        int ambiguous = (int) grants.stream().filter(g -> g.earliest() != g.latest()).count();
        return new Verdict(placement(grants, limit), grants.size(), windows, ambiguous, maxDefinite(grants),
                maxSliding(calls, window), placement(grants, limit) ? "" : firstOverfull(grants, limit));
    }

    /** Earliest-deadline-first: true when every grant finds a window with room. */
    private static boolean placement(List<Grant> grants, int limit) {
        return firstOverfullWindow(grants, limit) < 0;
    }

    private static long firstOverfullWindow(List<Grant> grants, int limit) {
        PriorityQueue<Grant> waiting = new PriorityQueue<>(Comparator.comparingLong(Grant::latest));
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

    private static String firstOverfull(List<Grant> grants, int limit) {
        long k = firstOverfullWindow(grants, limit);
        long certain = grants.stream().filter(g -> g.earliest() == k && g.latest() == k).count();
        long possible = grants.stream().filter(g -> g.earliest() <= k && g.latest() >= k).count();
        return "window " + k + " after the first call: " + certain + " grants certainly in it, " + possible
                + " possibly, no placement keeps it within " + limit;
    }

    private static int maxDefinite(List<Grant> grants) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Grant g : grants) {
            if (g.earliest() == g.latest()) {
                counts.merge(g.earliest(), 1, Integer::sum);
            }
        }
        return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The most grants received within any sliding interval of one window's length. */
    private static int maxSliding(List<LoadClient.Call> calls, Duration window) {
        long[] times = calls.stream().filter(LoadClient.Call::granted).mapToLong(c -> nanos(c.received())).sorted().toArray();
        int best = 0;
        int start = 0;
        for (int end = 0; end < times.length; end++) {
            while (times[end] - times[start] >= window.toNanos()) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
