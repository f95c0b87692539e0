/**
 * Benchmarks of flowhex (JMH and an HTTP load generator), never a dependency of another module: the
 * provisioned worlds and helpers every benchmark shares, and the readers that turn a run's results into
 * the tables of BENCHMARKS.md ({@code Summary} for one run, {@code CompareSummary} for a before/after).
 */
package io.flowhex.benchmarks;
