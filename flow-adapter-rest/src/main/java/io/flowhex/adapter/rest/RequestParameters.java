package io.flowhex.adapter.rest;

import io.flowhex.adapter.rest.signature.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one request: the URL query's and the form body's, decoded, each name at most
 * once across both. The query's are kept apart because ACS3 signs only those.
 */
final class RequestParameters {

    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final List<Parameter> query;
    private final List<Parameter> all;
    private final Map<String, String> byName;

    private RequestParameters(List<Parameter> query, List<Parameter> all) {
        this.query = List.copyOf(query);
        this.all = List.copyOf(all);
        this.byName = new HashMap<>(all.size() * 2);
        for (Parameter p : all) {
            if (byName.putIfAbsent(p.name(), p.value()) != null) {
                throw RejectedRequest.of(Rejection.REPEATED);
            }
        }
    }

    static RequestParameters read(CamsHttpRequest request, int maxParameters) {
        List<Parameter> all = new ArrayList<>();
        FormDecoder.decode(request.rawQuery(), all, maxParameters);
        List<Parameter> query = List.copyOf(all);
        byte[] body = request.bodyBytes();
        if (body.length > 0) {
            requireFormContentType(request);
            FormDecoder.decode(new String(body, StandardCharsets.ISO_8859_1), all, maxParameters);
        }
        return new RequestParameters(query, all);
    }

    private static void requireFormContentType(CamsHttpRequest request) {
        List<String> types = request.headerValues("content-type");
        if (types.size() != 1) {
            throw RejectedRequest.of(types.isEmpty() ? Rejection.UNSUPPORTED_MEDIA_TYPE : Rejection.REPEATED);
        }
        String type = types.get(0);
        int semicolon = type.indexOf(';');
        String mediaType = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(FORM_TYPE)) {
            throw RejectedRequest.of(Rejection.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** The URL query's parameters, in arrival order. */
    List<Parameter> query() {
        return query;
    }

    /** The query's and then the body's parameters. */
    List<Parameter> all() {
        return all;
    }

    /** The value of a parameter, or null when it was not sent. */
    String value(String name) {
        return byName.get(name);
    }

    /** The value of a parameter, or null when it was not sent or sent empty. */
    String nonEmptyValue(String name) {
        String value = byName.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
