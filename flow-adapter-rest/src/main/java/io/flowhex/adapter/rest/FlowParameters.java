package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The flow API's parameters as domain values, shared by every action's reader. A required parameter
 * absent or empty is {@code Missing<Name>}; a malformed one {@code Invalid<Name>}; an optional one
 * sent empty is the same as absent. JSON-valued parameters ({@code Categories}, {@code Page}) are
 * read by {@link JsonParameters}, and any text that is not exactly the expected shape gets the
 * parameter's own code ({@code InvalidParameter.Categories}, {@code InvalidParameter.PageInvalid}).
 */
final class FlowParameters {

    /** The longest URL taken as a {@code FilePath}: what browsers and OSS pre-signed URLs stay within. */
    static final int MAX_FILE_PATH = 2048;

    private FlowParameters() {
    }

    static FlowId flowId(RequestParameters parameters) {
        return required(parameters, "FlowId", FlowId::new);
    }

    static Optional<SpaceId> space(RequestParameters parameters) {
        return optional(parameters, "CustSpaceId", SpaceId::new);
    }

    /** {@code FlowName}: 1 to 200 code points, not blank, no control characters. */
    static FlowName flowName(RequestParameters parameters) {
        return required(parameters, "FlowName", FlowName::new);
    }

    /** ListFlow's optional {@code FlowName} filter, held to a name's own rules: no name could contain a longer or odder one. */
    static Optional<String> nameFilter(RequestParameters parameters) {
        return optional(parameters, "FlowName", FlowName::new).map(FlowName::value);
    }

    /** {@code EndpointUri}: an absolute https URL, as Meta requires of a data endpoint. */
    static Optional<EndpointUri> endpointUri(RequestParameters parameters) {
        return optional(parameters, "EndpointUri", EndpointUri::https);
    }

    /** {@code FilePath}: an absolute http(s) URL with a host; whether it may be fetched is the fetcher's to say. */
    static URI filePath(RequestParameters parameters) {
        return required(parameters, "FilePath", FlowParameters::webUrl);
    }

    /** {@code Categories}: JSON array text of 1 to 8 distinct known values, e.g. {@code ["SIGN_UP"]}. */
    static FlowCategories categories(RequestParameters parameters) {
        String text = parameters.nonEmptyValue("Categories");
        if (text == null) {
            throw RejectedRequest.missing("Categories");
        }
        try {
            return JsonParameters.categories(text);
        } catch (IOException | IllegalArgumentException e) {
            throw RejectedRequest.of(Rejection.CATEGORIES_INVALID);
        }
    }

    /** {@code Page}: JSON object text {@code {"Index":1,"Size":20}}; absent or empty is the first page of 20. */
    static PageRequest page(RequestParameters parameters) {
        String text = parameters.nonEmptyValue("Page");
        if (text == null) {
            return PageRequest.ofDefaults();
        }
        try {
            return JsonParameters.page(text);
        } catch (IOException | IllegalArgumentException e) {
            throw RejectedRequest.of(Rejection.PAGE_INVALID);
        }
    }

    /** The parameters of an action on one flow: {@code FlowId} and {@code CustSpaceId}. */
    static FlowCommand flowCommand(RequestParameters parameters, Principal caller, CallContext context) {
        return new FlowCommand(caller, flowId(parameters), space(parameters), context);
    }

    static <T> T required(RequestParameters parameters, String name, Function<String, T> constructor) {
        String text = parameters.nonEmptyValue(name);
        if (text == null) {
            throw RejectedRequest.missing(name);
        }
        return parse(text, name, constructor);
    }

    static <T> Optional<T> optional(RequestParameters parameters, String name, Function<String, T> constructor) {
        String text = parameters.nonEmptyValue(name);
        return text == null ? Optional.empty() : Optional.of(parse(text, name, constructor));
    }

    private static <T> T parse(String text, String name, Function<String, T> constructor) {
        try {
            return constructor.apply(text);
        } catch (IllegalArgumentException e) {
            throw RejectedRequest.of(ErrorCode.INVALID_PARAMETER, name);
        }
    }

    private static URI webUrl(String text) {
        if (text.length() > MAX_FILE_PATH) {
            throw new IllegalArgumentException("longer than " + MAX_FILE_PATH + " characters");
        }
        URI uri = URI.create(text); // an IllegalArgumentException for bad syntax, control characters included
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http or https URL with a host");
        }
        return uri;
    }
}
