package io.flowhex.bootstrap.config;

/** How log lines are written: for people, or one JSON object per line for collectors. */
public enum LogFormat {
    TEXT,
    JSON
}
