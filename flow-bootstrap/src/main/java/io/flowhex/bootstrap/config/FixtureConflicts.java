package io.flowhex.bootstrap.config;

/**
 * What a fixture import does with an account, AccessKey, policy or flow that the store already holds
 * with other values: refuse the whole file, naming each one, or let the file's values win.
 */
public enum FixtureConflicts {
    FAIL,
    REPLACE
}
