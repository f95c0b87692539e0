/**
 * JMH benchmarks of the hexagon in one process, no sockets: the map-plus-permit baseline, GetFlow on
 * the in-memory adapters (root and RAM user), authentication (ACS3, V1), the HTTP handler, and
 * the handler with metrics on and off.
 */
package io.flowhex.benchmarks.inprocess;
