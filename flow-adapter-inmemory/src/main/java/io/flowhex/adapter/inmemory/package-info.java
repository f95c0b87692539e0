/**
 * Driven adapter: every persistence port on concurrent maps, for tests, demos and single-process
 * embedding. No third-party code, no background threads; nonce memory is bounded per AccessKey.
 */
package io.flowhex.adapter.inmemory;
