/**
 * The HTTP load generator: a running flow-server (in-process, memory store) against a Jetty server
 * that answers a fixed body, over keep-alive loopback connections at fixed concurrency.
 */
package io.flowhex.benchmarks.load;
