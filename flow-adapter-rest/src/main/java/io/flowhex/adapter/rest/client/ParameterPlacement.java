package io.flowhex.adapter.rest.client;

/** Where an RPC call's own parameters travel, as the two generations of the CAMS SDK send them. */
public enum ParameterPlacement {
    /** In the URL query (cams20200606 3.1.0 and later; aliyun-java-sdk-core's default). */
    QUERY,
    /** In an {@code application/x-www-form-urlencoded} body (cams20200606 1.4.0 to 3.0.0). */
    FORM_BODY
}
