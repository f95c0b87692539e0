/** Test support for adapters and embedders: deterministic fixtures with unique ids and a clock tests can move. */
package io.flowhex.testkit;
