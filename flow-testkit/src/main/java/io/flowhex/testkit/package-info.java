/**
 * Test support for adapters and embedders: deterministic fixtures with unique ids, a clock tests can
 * move, and a wait for a server's stop to begin.
 */
package io.flowhex.testkit;
