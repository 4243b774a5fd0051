package com.crampcoach;

import java.util.Locale;

/** Sets the log level of SLF4J's simple binding from {@code LOG_LEVEL}, before the first logger exists. */
public final class Logging {

    private static final String PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {
    }

    /** Uses {@code LOG_LEVEL} if set, else {@code fallback}; a level already chosen is left alone. */
    public static void configure(String fallback) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        String level = System.getenv("LOG_LEVEL");
        System.setProperty(PROPERTY, (level == null || level.isBlank() ? fallback : level).toLowerCase(Locale.ROOT));
    }
}
