package io.flowhex.application.port.in;

/** The two signature schemes the official SDKs use, and how each turns a secret into a signature. */
public enum SignatureScheme {
    /** ACS3-HMAC-SHA256: lower-hex HMAC-SHA256 keyed with the secret as is. */
    ACS3_HMAC_SHA256,
    /** V1 (SignatureVersion 1.0, HMAC-SHA1): Base64 HMAC-SHA1 keyed with the secret plus {@code &}. */
    V1_HMAC_SHA1
}
