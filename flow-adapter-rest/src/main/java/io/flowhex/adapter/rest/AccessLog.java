package io.flowhex.adapter.rest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line per request on the logger {@code io.flowhex.access}: RequestId, action, account,
 * code, HTTP status and duration. Nothing else of the request is written: no parameter, signature,
 * key secret or policy can reach this line.
 */
final class AccessLog {

    static final String LOGGER_NAME = "io.flowhex.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /** What one request turned out to be; filled in as the handler learns it. */
    static final class Entry {
        private final long startNanos = System.nanoTime();
        private String action = "-";
        private String account = "-";
        private String knownAction = RequestObserver.UNKNOWN;

        /** A name from the server's own set (a served action, a route, a link kind): logged and observed. */
        void knownAction(String value) {
            action(value);
            knownAction = value;
        }

        /** What {@link RequestObserver} is told: {@link RequestObserver#UNKNOWN} until a known action is set. */
        String observedAction() {
            return knownAction;
        }

        long startNanos() {
            return startNanos;
        }

        /** The action as the client named it, for the log line only. */
        void action(String value) {
            action = value == null || value.isEmpty() ? "-" : value.length() > 64 ? value.substring(0, 64) : value;
        }

        void account(String value) {
            account = value;
        }

        void write(String requestId, String code, int status) {
            if (LOG.isInfoEnabled()) {
                long micros = (System.nanoTime() - startNanos) / 1_000;
                LOG.info("requestId={} action={} account={} code={} status={} durationMs={}.{}", requestId,
                        printable(action), account, code, status, micros / 1_000, String.format("%03d", micros % 1_000));
            }
        }

        /** The action comes from the client: keep the line one line of plain ASCII. */
        private static String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(c > ' ' && c < 0x7f ? c : '?');
            }
            return out.toString();
        }
    }

    private AccessLog() {
    }
}
