/** The memory footprint check: heap held after a million accounts have each called once. */
package io.flowhex.benchmarks.heap;
