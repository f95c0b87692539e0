/**
 * A client-side signer for both CAMS signature schemes: builds complete signed requests (URL,
 * headers, body) the way the official SDKs do, for tests, benchmarks and command-line clients.
 */
package io.flowhex.adapter.rest.client;
