/**
 * JMH benchmarks of the hexagon in one process, no sockets: the map-plus-permit baseline, GetFlow on
 * the in-memory adapters (root and RAM user), authentication (ACS3, V1), the HTTP handler, the
 * handler with metrics on and off, and each
 * of the ten flow actions through the handler ({@code ActionHandlerBenchmark}, and {@code ActionRounds}
 * for the same measurement interleaved round by round on a shared machine).
 */
package io.flowhex.benchmarks.inprocess;
