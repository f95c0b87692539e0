/**
 * The memory footprint check: heap held after a million accounts have each called once, or after a
 * million nonces were recorded.
 */
package io.flowhex.benchmarks.heap;
