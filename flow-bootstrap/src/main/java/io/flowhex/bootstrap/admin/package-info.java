/**
 * The admin API, a driving adapter over HTTP for operators and test suites: fixture import, resets,
 * flow status and a summary under {@code /admin}, behind a bearer token; off unless one is set.
 */
package io.flowhex.bootstrap.admin;
