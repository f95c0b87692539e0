/** The default, in-process implementation of the per-account call quota, on resilience4j. */
package io.flowhex.application.ratelimit;
