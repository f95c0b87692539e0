package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Everything the servers of the attack suite log, from the first server start to the end of the
 * JVM, checked line by line as it arrives for the strings that must never be there: every
 * AccessKeySecret of the fixtures, every signature the suite sent, any policy document or signed
 * header. Only the findings and the most recent lines are kept, so a long soak does not grow the
 * heap it measures. Each server start resets logback (the server configures its own logging), so
 * the capture hangs on a reset-resistant context listener that attaches a fresh appender to the
 * root logger after every reset. The startup reports the servers print are checked too.
 */
final class SuiteLogs {

    /** Tokens shaped like an ACS3 signature (64 lower-case hex digits) or a V1 one (28 base64 characters). */
    private static final Pattern SIGNATURE_SHAPED = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])"
            + "|(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{27}=");
    /** What only a policy document or a signed header would contain. */
    private static final List<String> FORBIDDEN_MARKERS = List.of("\"Statement\"", "Statement\":", "Signature=",
            "ACS3-HMAC-SHA256 Credential");
    /** Enough for the suite's own tests; beyond it (a soak) the shape check alone stands, and the heap stays flat. */
    private static final int MAX_SIGNATURES = 25_000;
    private static final SuiteLogs INSTANCE = new SuiteLogs();

    private static final int RECENT = 5_000;
    private static final int MAX_FINDINGS = 1_000;

    private final Deque<String> recent = new ArrayDeque<>();
    private final Queue<String> findings = new ConcurrentLinkedQueue<>();
    private final AtomicLong count = new AtomicLong();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private final Set<String> signatures = ConcurrentHashMap.newKeySet();
    private volatile boolean installed;

    private SuiteLogs() {
    }

    /** The capture, installed on first use. */
    static SuiteLogs get() {
        INSTANCE.install();
        return INSTANCE;
    }

    private synchronized void install() {
        if (installed) {
            return;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.addListener(new ReattachOnReset());
        attach(context);
        installed = true;
    }

    private void attach(LoggerContext context) {
        Appender appender = new Appender();
        appender.setContext(context);
        appender.setName("attack-suite-capture");
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    /** A secret that must never be logged (an AccessKeySecret, a password). */
    void forbidSecret(String secret) {
        secrets.add(secret);
    }

    /**
     * A signature the suite sent. Beyond a bound (long soaks) they are no longer remembered one by
     * one; the shape check still catches them.
     */
    void forbidSignature(String signature) {
        if (signatures.size() < MAX_SIGNATURES) {
            signatures.add(signature);
        }
    }

    /** Text a server printed outside logging, e.g. its startup report. */
    void record(String source, String text) {
        text.lines().forEach(line -> add(source + ": " + line));
    }

    private void add(String line) {
        count.incrementAndGet();
        for (String leak : leaks(List.of(line))) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(leak);
            }
        }
        synchronized (recent) {
            recent.addLast(line);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
    }

    /** How many lines were captured so far. */
    long size() {
        return count.get();
    }

    /** The most recent lines captured (at most {@value #RECENT}). */
    List<String> lines() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /**
     * Asserts that the servers logged something (the capture is attached) and that nothing captured so
     * far holds a secret, a signature or a policy document. Every test class of the suite calls this
     * when it ends, so whichever ends last has checked the logs of the whole suite.
     */
    void assertClean() {
        assertThat(size()).as("captured log lines").isPositive();
        assertThat(leaks()).as("secrets, signatures or policies in the logs").isEmpty();
    }

    /** Every captured line that held a secret, a signature or a policy document, each with the reason. */
    List<String> leaks() {
        return new ArrayList<>(findings);
    }

    /** What {@link #leaks()} would report for these lines. */
    List<String> leaks(List<String> candidates) {
        List<String> found = new ArrayList<>();
        for (String line : candidates) {
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    found.add("an AccessKeySecret in: " + line);
                }
            }
            for (String marker : FORBIDDEN_MARKERS) {
                if (line.contains(marker)) {
                    found.add("'" + marker + "' in: " + line);
                }
            }
            Matcher tokens = SIGNATURE_SHAPED.matcher(line);
            while (tokens.find()) {
                found.add((signatures.contains(tokens.group()) ? "a signature the suite sent" : "a signature-shaped token")
                        + " in: " + line);
            }
        }
        return found;
    }

    /** Renders one event with everything a reader of the log would see: message and every cause's message. */
    static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
            for (IThrowableProxy suppressed : cause.getSuppressed()) {
                text.append(" | suppressed ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
            }
        }
        return text.toString();
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            add(render(event));
        }
    }

    private final class ReattachOnReset implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onReset(LoggerContext context) {
            attach(context);
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
