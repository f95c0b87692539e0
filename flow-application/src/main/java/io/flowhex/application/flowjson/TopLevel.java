package io.flowhex.application.flowjson;

import java.util.Optional;

/**
 * What the top level of a well-formed Flow JSON object said about the version rules: whether each
 * member was there, and its text when it was a string (empty when it was another kind of value).
 */
record TopLevel(
        boolean hasVersion,
        Optional<String> version,
        boolean hasDataApiVersion,
        Optional<String> dataApiVersion,
        boolean hasRoutingModel,
        boolean routingModelIsObject) {
}
