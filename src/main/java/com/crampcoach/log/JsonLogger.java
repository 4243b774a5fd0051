package com.crampcoach.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Every SLF4J log line (the skill's and the ASK SDK's) as a JSON entry that Lambda's JSON log format keeps
 * as fields and filters by level: {@code timestamp}, {@code level}, {@code logger}, {@code message}, and
 * {@code error} for a throwable. A plain text line would reach CloudWatch as a string at INFO, so an error
 * logged by the skill would be dropped under {@code LogLevel} ERROR. The level is {@code LOG_LEVEL}, set by
 * {@link Logging#configure} before the first logger exists.
 */
public final class JsonLogger extends LegacyAbstractLogger {

    private final int threshold;

    private JsonLogger(String name, int threshold) {
        this.name = name;
        this.threshold = threshold;
    }

    @Override
    public boolean isTraceEnabled() {
        return threshold <= Level.TRACE.toInt();
    }

    @Override
    public boolean isDebugEnabled() {
        return threshold <= Level.DEBUG.toInt();
    }

    @Override
    public boolean isInfoEnabled() {
        return threshold <= Level.INFO.toInt();
    }

    @Override
    public boolean isWarnEnabled() {
        return threshold <= Level.WARN.toInt();
    }

    @Override
    public boolean isErrorEnabled() {
        return threshold <= Level.ERROR.toInt();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        ObjectNode entry = JsonLine.entry(level.name(), name);
        // Fields from a request are made safe by the caller (Logging.field); the writer escapes the rest.
        entry.put("message", MessageFormatter.basicArrayFormat(pattern, arguments));
        if (throwable != null) {
            entry.set("error", JsonLine.error(throwable));
        }
        JsonLine.print(entry);
    }

    /** The lowest level written, from the level name {@link Logging#configure} chose; "off" writes nothing. */
    static int threshold(String level) {
        if (level == null) {
            return Level.INFO.toInt();
        }
        return switch (level.strip().toLowerCase(Locale.ROOT)) {
            case "trace" -> Level.TRACE.toInt();
            case "debug" -> Level.DEBUG.toInt();
            case "warn", "warning" -> Level.WARN.toInt();
            case "error" -> Level.ERROR.toInt();
            case "off", "none" -> Integer.MAX_VALUE;
            default -> Level.INFO.toInt();
        };
    }

    /** SLF4J finds this through {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}. */
    public static final class Provider implements SLF4JServiceProvider {
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new NOPMDCAdapter();
        private ILoggerFactory loggers;

        @Override
        public void initialize() {
            Map<String, Logger> made = new ConcurrentHashMap<>();
            loggers = name -> made.computeIfAbsent(name, n -> new JsonLogger(n, threshold(Logging.level())));
        }

        @Override
        public ILoggerFactory getLoggerFactory() {
            return loggers;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }
    }
}
