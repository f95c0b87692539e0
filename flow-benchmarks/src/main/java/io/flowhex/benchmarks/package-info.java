/**
 * Benchmarks of flowhex (JMH and an HTTP load generator), never a dependency of another module: the
 * provisioned worlds and helpers every benchmark shares.
 */
package io.flowhex.benchmarks;
