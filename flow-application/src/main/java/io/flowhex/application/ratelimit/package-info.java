/**
 * The default, in-process implementation of the call quota per (account, action): a small exact limiter
 * of its own, with resilience4j's decisions, bounded per account, idle state forgotten by the calls.
 */
package io.flowhex.application.ratelimit;
