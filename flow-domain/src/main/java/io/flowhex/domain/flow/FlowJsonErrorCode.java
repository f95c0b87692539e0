package io.flowhex.domain.flow;

/**
 * The validation errors flowhex finds in a Flow JSON file: a documented subset of Meta's rules
 * ({@code flow-lifecycle.md}, "Flow JSON assets"). A file with any of them is stored as it is and
 * refused at publication.
 */
public enum FlowJsonErrorCode {
    /** The bytes are not one JSON object (not UTF-8, not JSON, a repeated key, nested too deep, ...). */
    INVALID_FLOW_JSON,
    /** The object has no {@code version}. */
    MISSING_FLOW_JSON_VERSION,
    /** {@code version} is not a string naming a known {@code major.minor} version. */
    INVALID_FLOW_JSON_VERSION,
    /** A property the rules require is absent: {@code screens}, or a screen's {@code id} or {@code layout}. */
    MISSING_REQUIRED_PROPERTY,
    /**
     * A property has the wrong shape: {@code screens} not a non-empty array of objects, a screen
     * {@code id} not a non-empty string or repeated, a {@code layout} not an object.
     */
    INVALID_PROPERTY_VALUE,
    /** {@code data_api_version} is present but not {@code "3.0"}. */
    INVALID_DATA_API_VERSION,
    /** {@code data_api_version} is present and {@code routing_model} is absent or not an object. */
    INVALID_ROUTING_MODEL
}
