/**
 * The CAMS signature algorithms (percentEncode, the ACS3 canonical request, the V1 string-to-sign),
 * shared by the server-side request readers and the client-side signer. No I/O, no secrets kept.
 */
package io.flowhex.adapter.rest.signature;
