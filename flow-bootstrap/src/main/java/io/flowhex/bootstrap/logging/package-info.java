/** Logging of the server (logback lives here only): text or JSON lines, never a stack trace or secret. */
package io.flowhex.bootstrap.logging;
