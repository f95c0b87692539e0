/**
 * Domain model of a WhatsApp Flow as CAMS exposes it: identity, naming, categories, preview, and its
 * lifecycle (the status machine as {@code Flow} methods, refusals as {@code FlowLifecycleException}),
 * with the values the lifecycle needs: the stored Flow JSON and its check, listing pages, new ids.
 */
package io.flowhex.domain.flow;
