package io.flowhex.bootstrap.attack;

import io.flowhex.adapter.rest.client.ParameterPlacement;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.adapter.rest.signature.PercentEncoding;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.bootstrap.attack.Attack.Tamper;
import io.flowhex.bootstrap.attack.WireRequest.Part;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The generators of malformed requests, one per {@link Category}. Each starts from a GetFlow of the
 * fuzz account's own flow ({@link Category#ACTION_PARAMETERS}: a call of any of the ten actions, from
 * the table of {@link ActionParameters}), valid in every other respect, and breaks exactly one thing, so that the
 * expected answer can be named: the codes a correct server may give for that one fault. Wire-level
 * faults are made after signing; faults in the parameters themselves ({@link Category#HUGE_FLOW_ID},
 * {@link Category#METACHARACTERS}, {@link Category#API_NAMES}) are signed, so they reach the checks
 * behind authentication and the store.
 *
 * <p>A fault that a correct server may legitimately accept is not generated (an upper-case
 * {@code SignedHeaders} list, a header padded with blanks, a charset on the form content type): every
 * request here must be refused.
 */
final class Attacks {

    private static final Set<String> MISMATCH = Set.of("SignatureDoesNotMatch");
    private static final Set<String> BAD_REQUEST = Set.of("BadRequest");
    private static final Set<String> ENCODING = Set.of("InvalidParameter.Encoding", "BadRequest");
    private static final List<String> V1_COMMON = List.of("AccessKeyId", "Action", "Version", "Format", "Timestamp",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Signature");
    private static final Map<String, String> CODE_WHEN_MISSING = Map.of("Signature", "MissingSignature",
            "SignatureMethod", "MissingSignatureMethod", "SignatureVersion", "MissingSignatureVersion",
            "AccessKeyId", "MissingAccessKeyId", "Timestamp", "MissingTimestamp", "SignatureNonce", "MissingSignatureNonce",
            "Action", "InvalidAction.NotFound", "Version", "MissingVersion");
    private static final Map<String, String> CODE_WHEN_EMPTY = Map.of("Signature", "IncompleteSignature",
            "Format", "InvalidFormat");
    /** ACS3 headers read as one value: a second copy is refused before anything else. */
    private static final List<String> SINGLE_HEADERS = List.of("authorization", "x-acs-date", "x-acs-signature-nonce",
            "x-acs-content-sha256", "x-acs-action", "x-acs-version");
    private static final Map<String, String> CODE_WHEN_HEADER_MISSING = Map.of("authorization", "MissingSignature",
            "x-acs-date", "MissingTimestamp", "x-acs-signature-nonce", "MissingSignatureNonce",
            "x-acs-content-sha256", "IncompleteSignature", "x-acs-credentials-provider", "IncompleteSignature",
            "x-acs-action", "InvalidAction.NotFound", "x-acs-version", "MissingVersion", "host", "BadRequest",
            "content-type", "UnsupportedMediaType");
    static final List<String> SQL_AND_JSON = List.of("' OR '1'='1", "1' OR 1=1 --", "1; DROP TABLE flows; --",
            "' UNION SELECT access_key_secret FROM access_keys --", "%", "_", "%%", "\\", "\\'", "''", "\"", "\"}",
            "{\"$ne\":null}", "[]", "null", "{}", "\\u0000", "\u0000", "${jndi:ldap://127.0.0.1/x}", "<script>x</script>",
            "*", "?", "$1", "'||pg_sleep(5)||'", "1)--", "/*", "*/", "-- ", "\"; DROP TABLE x; --", "\n", "\r\n", "\t",
            "é", "中文", "\uD83D\uDE00", "\\\"", "0x31", "1e309", "NaN");

    private final AttackFixture fixture;
    private final AttackFixture.AccountRef account;
    private final AttackFixture.FlowRef ownFlow;
    private final ActionParameters actionParameters;

    Attacks(AttackFixture fixture) {
        this.fixture = fixture;
        this.account = fixture.fuzz;
        this.ownFlow = account.flows().get(0);
        this.actionParameters = new ActionParameters(ownFlow);
    }

    Arbitrary<Attack> of(Category category) {
        return switch (category) {
            case RANDOM_PARAMETERS -> randomParameters();
            case MISSING_PARAMETERS -> missingParameters();
            case DUPLICATED_PARAMETERS -> duplicatedParameters();
            case BAD_PERCENT_ENCODING -> Arbitraries.oneOf(insertedIntoAParameter(category, Arbitraries.of("%G1", "%%",
                    "%1G", "%-1", "%+1", "%ZZ", "%g0", "%\u00e9", "%%41", "%.5", "%;1"), ENCODING), truncatedEscape());
            case INVALID_UTF8 -> insertedIntoAParameter(category, invalidUtf8(), ENCODING);
            case OVERSIZED_HEADERS -> oversizedHeaders();
            case OVERSIZED_BODY -> oversizedBody();
            case TOO_MANY_PARAMETERS -> tooManyParameters();
            case WRONG_CONTENT_TYPE -> wrongContentType();
            case TRUNCATED_BODY -> truncatedBody();
            case SIGNATURE_SHAPE -> signatureShape();
            case AUTHORIZATION_PARTS -> authorizationParts();
            case SIGNED_HEADERS -> signedHeaders();
            case DATE_FORMAT -> dateFormat();
            case HUGE_FLOW_ID -> hugeFlowIds();
            case METACHARACTERS -> metacharacters();
            case ACTION_PARAMETERS -> actionParameters();
            case API_NAMES -> apiNames();
            case BROKEN_HTTP -> brokenHttp();
        };
    }

    // ---- the base call -------------------------------------------------------------------------

    static Arbitrary<CallVariant> variants() {
        return Arbitraries.of(CallVariant.all());
    }

    private static Arbitrary<CallVariant> variants(SignatureScheme scheme) {
        return Arbitraries.of(CallVariant.all().stream().filter(v -> v.scheme() == scheme).toList());
    }

    Map<String, String> ownParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("FlowId", ownFlow.flowId());
        parameters.put("CustSpaceId", ownFlow.spaceId());
        return parameters;
    }

    /** A valid call of the fuzz account's own flow: what the interleaved valid requests send. */
    RpcCall validCall(CallVariant variant) {
        return call(variant, ownParameters());
    }

    String ownFlowId() {
        return ownFlow.flowId();
    }

    private static RpcCall call(CallVariant variant, Map<String, String> parameters) {
        return new RpcCall(variant.method(), "GetFlow", RpcCall.CAMS_VERSION, parameters, variant.placement());
    }

    private Attack wire(Category category, CallVariant variant, Tamper tamper, Set<String> expected) {
        return new Attack(category, tamper.description(), variant, validCall(variant), key().accessKeyId(), tamper, expected);
    }

    private Attack signed(Category category, String description, CallVariant variant, RpcCall call, Set<String> expected) {
        return new Attack(category, description, variant, call, key().accessKeyId(), Tamper.NONE, expected);
    }

    AttackFixture.Key key() {
        return account.key(AttackFixture.Role.ROOT);
    }

    /** The parameter names a signed request of this variant carries. */
    private static List<String> parameterNames(CallVariant variant) {
        List<String> names = new ArrayList<>(List.of("FlowId", "CustSpaceId"));
        if (variant.scheme() == SignatureScheme.V1_HMAC_SHA1) {
            names.addAll(V1_COMMON);
        }
        return names;
    }

    // ---- parameters ----------------------------------------------------------------------------

    private Arbitrary<Attack> missingParameters() {
        return variants().flatMap(variant -> Combinators.combine(Arbitraries.of(parameterNames(variant)),
                Arbitraries.of(true, false)).as((name, drop) -> {
                    String code = drop ? CODE_WHEN_MISSING.getOrDefault(name, "SignatureDoesNotMatch")
                            : CODE_WHEN_EMPTY.getOrDefault(name, CODE_WHEN_MISSING.getOrDefault(name, "SignatureDoesNotMatch"));
                    Tamper tamper = drop ? new Tamper("drop parameter " + name, r -> r.mapParameter(name, pair -> null))
                            : new Tamper("empty parameter " + name, r -> r.mapParameter(name, pair -> name + "="));
                    return wire(Category.MISSING_PARAMETERS, variant, tamper, Set.of(code));
                }));
    }

    private Arbitrary<Attack> duplicatedParameters() {
        return variants().flatMap(variant -> Combinators.combine(Arbitraries.of(parameterNames(variant)),
                Arbitraries.of(Part.values()), junk().injectNull(0.5)).as((name, into, otherValue) -> {
                    Tamper tamper = new Tamper("repeat " + name + " in the " + into + (otherValue == null ? ""
                            : " with value '" + otherValue + "'"), r -> {
                        String copy = otherValue == null ? pairNamed(r, name) : name + "=" + PercentEncoding.encode(otherValue);
                        List<String> pairs = new ArrayList<>(r.pairs(into));
                        pairs.add(copy);
                        return r.withPairs(into, pairs);
                    });
                    return wire(Category.DUPLICATED_PARAMETERS, variant, tamper, Set.of("InvalidParameter.Repeated"));
                }));
    }

    private Arbitrary<Attack> randomParameters() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(24),
                Arbitraries.of("OwnerId", "ResourceOwnerId", "ResourceOwnerAccount", "RegionId", "SecurityToken", "Signature",
                        "SignatureType", "Format", "Action", "Version", "AccessKeyId", "FlowId", "callback", "__proto__",
                        "constructor", "FlowId[]", "FlowId.1", "flowid"));
        // V1 accepts tea's canonical form, which leaves empty parameters out of the signature (protocol
        // section 5): an empty parameter added to a V1 request keeps it valid, so V1 gets non-empty values only
        return variants().flatMap(variant -> Combinators.combine(Combinators.combine(names,
                variant.scheme() == SignatureScheme.V1_HMAC_SHA1 ? junk().filter(v -> !v.isEmpty()) : junk()).as(Map::entry)
                .list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(Part.values())).as((added, into) -> {
            Tamper tamper = new Tamper("add " + added + " to the " + into, r -> {
                List<String> pairs = new ArrayList<>(r.pairs(into));
                added.forEach(e -> pairs.add(PercentEncoding.encode(e.getKey()) + "=" + PercentEncoding.encode(e.getValue())));
                return r.withPairs(into, pairs);
            });
            return wire(Category.RANDOM_PARAMETERS, variant, tamper, Set.of("SignatureDoesNotMatch",
                    "InvalidParameter.Repeated", "InvalidSignatureMethod", "InvalidFormat"));
        }));
    }

    /** A fragment put into a parameter's name or value, at some position. */
    private Arbitrary<Attack> insertedIntoAParameter(Category category, Arbitrary<String> fragments, Set<String> expected) {
        return variants().flatMap(variant -> Combinators.combine(Arbitraries.of(parameterNames(variant)), fragments,
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 64)).as((name, fragment, inName, at) -> {
                    Tamper tamper = new Tamper("put '" + fragment + "' into the " + (inName ? "name" : "value") + " of "
                            + name + " at " + at, r -> r.mapParameter(name, pair -> insert(pair, fragment, inName, at)));
                    return wire(category, variant, tamper, expected);
                }));
    }

    /** A value ending in an escape cut short ({@code %} or {@code %4}): only at the end can nothing complete it. */
    private Arbitrary<Attack> truncatedEscape() {
        return variants().flatMap(variant -> Combinators.combine(Arbitraries.of(parameterNames(variant)),
                Arbitraries.of("%", "%4", "%A", "%e")).as((name, cut) -> wire(Category.BAD_PERCENT_ENCODING, variant,
                        new Tamper("end the value of " + name + " with '" + cut + "'", r -> r.mapParameter(name, pair -> pair + cut)),
                        ENCODING)));
    }

    private static String insert(String pair, String fragment, boolean inName, int at) {
        int eq = pair.indexOf('=');
        int from = inName ? 0 : eq + 1;
        int to = inName ? eq : pair.length();
        int position = from + Math.min(at, to - from);
        return pair.substring(0, position) + fragment + pair.substring(position);
    }

    private static Arbitrary<String> invalidUtf8() {
        Arbitrary<String> escaped = Arbitraries.of("%C3%28", "%A0%A1", "%E2%28%A1", "%E2%82%28", "%F0%28%8C%BC",
                "%F0%90%28%BC", "%F8%A1%A1%A1%A1", "%FC%A1%A1%A1%A1%A1", "%C0%AF", "%C1%BF", "%E0%80%AF", "%ED%A0%80",
                "%ED%BF%BF", "%F4%90%80%80", "%FF", "%FE", "%80", "%BF", "%E2%82", "%F0%9F%98");
        Arbitrary<String> raw = Arbitraries.strings().withCharRange('\u0080', '\u00ff').ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(escaped, raw);
    }

    private static String pairNamed(WireRequest request, String name) {
        for (Part part : Part.values()) {
            for (String pair : request.pairs(part)) {
                if (WireRequest.nameOf(pair).equals(name)) {
                    return pair;
                }
            }
        }
        throw new IllegalStateException(name + " is not in " + request);
    }

    // ---- sizes ---------------------------------------------------------------------------------

    private Arbitrary<Attack> oversizedHeaders() {
        Arbitrary<Tamper> oneHuge = Arbitraries.integers().between(16_500, 64_000).map(size ->
                new Tamper("add a header of " + size + " bytes", r -> r.plusHeader("X-Padding", "a".repeat(size))));
        Arbitrary<Tamper> many = Combinators.combine(Arbitraries.integers().between(60, 400),
                Arbitraries.integers().between(100, 400)).as(HeaderPadding::new)
                .filter(HeaderPadding::overTheLimit).map(HeaderPadding::tamper);
        Arbitrary<Tamper> longTarget = Arbitraries.integers().between(16_500, 40_000).map(size ->
                new Tamper("add a query parameter of " + size + " bytes", r -> {
                    List<String> pairs = new ArrayList<>(r.queryPairs());
                    pairs.add("Padding=" + "c".repeat(size));
                    return r.withQueryPairs(pairs);
                }));
        // Jetty's parser reports an oversized header section as 431, except when the bytes arrive so
        // that it meets another defect of the same request first (seen under load): then a plain 400.
        return Combinators.combine(variants(), Arbitraries.oneOf(oneHuge, many, longTarget)).as((variant, tamper) ->
                wire(Category.OVERSIZED_HEADERS, variant, tamper, Set.of("RequestHeaderFieldsTooLarge", "BadRequest")));
    }

    /** Many headers of one size; oversized only when they add up to clearly more than the 16 KiB limit. */
    private record HeaderPadding(int count, int size) {
        boolean overTheLimit() {
            return count * (size + "X-Pad-000: ".length() + 2) > 16_800;
        }

        Tamper tamper() {
            return new Tamper("add " + count + " headers of " + size + " bytes", r -> {
                WireRequest padded = r;
                for (int i = 0; i < count; i++) {
                    padded = padded.plusHeader("X-Pad-" + i, "b".repeat(size));
                }
                return padded;
            });
        }
    }

    private Arbitrary<Attack> oversizedBody() {
        return Combinators.combine(variants(), Arbitraries.integers().between(64 * 1024 + 1, 300_000)).as((variant, size) -> {
            Tamper tamper = new Tamper("pad the body to " + size + " bytes", r -> {
                List<String> pairs = new ArrayList<>(r.pairs(Part.BODY));
                pairs.add("Padding=");
                String body = String.join("&", pairs);
                pairs.set(pairs.size() - 1, "Padding=" + "d".repeat(Math.max(0, size - body.length())));
                return r.withPairs(Part.BODY, pairs);
            });
            return wire(Category.OVERSIZED_BODY, variant, tamper, Set.of("RequestEntityTooLarge"));
        });
    }

    private Arbitrary<Attack> tooManyParameters() {
        Arbitrary<Tamper> inQuery = Arbitraries.integers().between(101, 1_000).map(n -> addParameters(n, Part.QUERY));
        Arbitrary<Tamper> inBody = Arbitraries.integers().between(101, 5_000).map(n -> addParameters(n, Part.BODY));
        return Combinators.combine(variants(), Arbitraries.oneOf(inQuery, inBody)).as((variant, tamper) ->
                wire(Category.TOO_MANY_PARAMETERS, variant, tamper, Set.of("InvalidParameter.TooMany")));
    }

    private static Tamper addParameters(int count, Part into) {
        return new Tamper("add " + count + " parameters to the " + into, r -> {
            List<String> pairs = new ArrayList<>(r.pairs(into));
            for (int i = 0; i < count; i++) {
                pairs.add("a" + i + "=");
            }
            return r.withPairs(into, pairs);
        });
    }

    // ---- bodies --------------------------------------------------------------------------------

    private Arbitrary<Attack> wrongContentType() {
        Arbitrary<String> types = Arbitraries.of("application/json", "text/plain", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencodedx", "application/xml", "", "*/*", "form",
                "application/x-www-form-urlencoded, application/json", "application/x-www-form", "text/html; charset=utf-8",
                "application/octet-stream", "x-www-form-urlencoded");
        Arbitrary<Tamper> wrong = types.map(type -> new Tamper("body with Content-Type '" + type + "'",
                r -> withSomeBody(r).withHeader("Content-Type", type)));
        Arbitrary<Tamper> none = Arbitraries.just(new Tamper("body without a Content-Type",
                r -> withSomeBody(r).withoutHeader("Content-Type")));
        Arbitrary<Tamper> twice = types.map(type -> new Tamper("body with a second Content-Type '" + type + "'",
                r -> withSomeBody(r).withHeader("Content-Type", WireRequest.FORM_TYPE).plusHeader("Content-Type", type)));
        return variants().flatMap(variant -> Arbitraries.oneOf(wrong, none, twice).map(tamper ->
                wire(Category.WRONG_CONTENT_TYPE, variant, tamper, tamper.description().contains("second")
                        ? Set.of("InvalidParameter.Repeated") : Set.of("UnsupportedMediaType"))));
    }

    /** The request's own form body, or a small one when it has none. */
    private static WireRequest withSomeBody(WireRequest request) {
        return request.body().length > 0 ? request : request.withBody("Extra=1");
    }

    private Arbitrary<Attack> truncatedBody() {
        Arbitrary<Tamper> chunkedShort = Arbitraries.integers().between(1, 4096).map(missing -> new Tamper(
                "chunked, the chunk " + missing + " bytes shorter than declared, then the end of the stream",
                r -> chunked(withSomeBody(r), body -> Integer.toHexString(body.length() + missing) + "\r\n" + body)));
        Arbitrary<Tamper> chunkedUnterminated = Arbitraries.just(new Tamper("chunked, no last chunk",
                r -> chunked(withSomeBody(r), body -> Integer.toHexString(body.length()) + "\r\n" + body + "\r\n")));
        Arbitrary<Tamper> chunkedBadSize = Arbitraries.of("zz", "-5", "0x5", "5 5", "5;\u0000", "fffffffffffffffffffff", "", "g",
                "5\u00e9").map(size -> new Tamper("chunked, chunk size line '" + size + "'",
                        r -> chunked(withSomeBody(r), body -> size + "\r\n" + body + "\r\n0\r\n\r\n")));
        Arbitrary<Tamper> chunkedOverrun = Arbitraries.integers().between(1, 64).map(extra -> new Tamper(
                "chunked, the chunk " + extra + " bytes longer than declared",
                r -> chunked(withSomeBody(r), body -> Integer.toHexString(body.length()) + "\r\n" + body + "x".repeat(extra)
                        + "\r\n0\r\n\r\n")));
        Arbitrary<Tamper> lengthShort = Arbitraries.integers().between(1, 60_000).map(missing -> new Tamper(
                "Content-Length " + missing + " bytes more than sent, then the end of the stream", r -> {
                    WireRequest withBody = withSomeBody(r);
                    byte[] body = withBody.body();
                    return withBody.withoutHeader("Transfer-Encoding")
                            .withHeader("Content-Length", Integer.toString(body.length + missing)).withPayload(body);
                }));
        Arbitrary<Tamper> lengthMalformed = Arbitraries.of("abc", "-1", "1e3", "+5", "5, 6", "0x10", "99999999999999999999",
                " ", "5 5").map(length -> new Tamper("Content-Length '" + length + "'", r -> {
                    WireRequest withBody = withSomeBody(r);
                    return withBody.withoutHeader("Transfer-Encoding").withHeader("Content-Length", length)
                            .withPayload(withBody.body());
                }));
        Arbitrary<Tamper> lengthTwice = Arbitraries.integers().between(1, 50).map(delta -> new Tamper(
                "two Content-Length headers, " + delta + " apart", r -> {
                    WireRequest withBody = withSomeBody(r);
                    byte[] body = withBody.body();
                    return withBody.withoutHeader("Transfer-Encoding")
                            .withHeader("Content-Length", Integer.toString(body.length))
                            .plusHeader("Content-Length", Integer.toString(body.length + delta)).withPayload(body);
                }));
        Arbitrary<Tamper> bothFramings = Arbitraries.just(new Tamper("both Content-Length and chunked", r -> {
            WireRequest withBody = withSomeBody(r);
            String body = withBody.bodyText();
            return withBody.withoutHeader("Transfer-Encoding").withHeader("Content-Length", Integer.toString(body.length()))
                    .plusHeader("Transfer-Encoding", "chunked").withPayload(ascii(Integer.toHexString(body.length()) + "\r\n"
                            + body + "\r\n0\r\n\r\n"));
        }));
        return Combinators.combine(variants(), Arbitraries.oneOf(chunkedShort, chunkedUnterminated, chunkedBadSize,
                chunkedOverrun, lengthShort, lengthMalformed, lengthTwice, bothFramings)).as((variant, tamper) ->
                        wire(Category.TRUNCATED_BODY, variant, tamper, BAD_REQUEST));
    }

    private static WireRequest chunked(WireRequest request, UnaryOperator<String> payload) {
        return request.withoutHeader("Content-Length").withHeader("Transfer-Encoding", "chunked")
                .withPayload(ascii(payload.apply(request.bodyText())));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- signatures ----------------------------------------------------------------------------

    private Arbitrary<Attack> signatureShape() {
        Arbitrary<String> hexWrongLength = Arbitraries.strings().withChars("0123456789abcdef").ofMaxLength(200)
                .filter(s -> s.length() != 64);
        Arbitrary<String> notHex = Arbitraries.strings().withChars("0123456789abcdefghijklmnopqrstuvwxyzABCDEF+/=-_!~")
                .ofLength(64).filter(s -> !s.matches("[0-9a-f]{64}"));
        Arbitrary<String> base64 = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                + "0123456789+/").ofMinLength(0).ofMaxLength(120).map(s -> s + "=");
        Arbitrary<String> urlSafe = Arbitraries.strings().withChars("ABCDEFabcdef0123456789-_").ofLength(28);
        Arbitrary<String> nonAscii = Arbitraries.strings().withCharRange('\u00a1', '\u00ff').ofMinLength(1).ofMaxLength(64);
        Arbitrary<String> signatures = Arbitraries.oneOf(hexWrongLength, notHex, base64, urlSafe, nonAscii);
        return Combinators.combine(variants(), signatures).as((variant, signature) -> {
            boolean acs3 = variant.scheme() == SignatureScheme.ACS3_HMAC_SHA256;
            Tamper tamper = new Tamper("signature replaced by '" + signature + "'", acs3
                    ? r -> r.withHeader("authorization", replacePart(r.header("authorization"), "Signature", signature))
                    : r -> r.mapParameter("Signature", pair -> "Signature=" + PercentEncoding.encode(signature)));
            Set<String> expected = signature.isEmpty() || (acs3 && signature.contains(","))
                    ? Set.of("IncompleteSignature") : Set.of("SignatureDoesNotMatch");
            return wire(Category.SIGNATURE_SHAPE, variant, tamper, acs3 && isNonAscii(signature)
                    ? union(expected, BAD_REQUEST) : expected);
        });
    }

    private static boolean isNonAscii(String text) {
        return text.chars().anyMatch(c -> c > 0x7E);
    }

    /** The Authorization header with one part's value replaced; the signer writes each part once. */
    static String replacePart(String authorization, String part, String value) {
        int space = authorization.indexOf(' ');
        List<String> parts = new ArrayList<>();
        for (String item : authorization.substring(space + 1).split(",")) {
            parts.add(item.startsWith(part + "=") ? part + "=" + value : item);
        }
        return authorization.substring(0, space) + " " + String.join(",", parts);
    }

    private Arbitrary<Attack> authorizationParts() {
        return Arbitraries.oneOf(acs3AuthorizationParts(), v1SignatureParameters());
    }

    private Arbitrary<Attack> acs3AuthorizationParts() {
        Arbitrary<String> parts = Arbitraries.of("Credential", "SignedHeaders", "Signature");
        Arbitrary<AuthorizationFault> faults = Arbitraries.oneOf(
                parts.map(p -> new AuthorizationFault("drop part " + p, h -> dropPart(h, p), "IncompleteSignature")),
                parts.map(p -> new AuthorizationFault("empty part " + p, h -> replacePart(h, p, ""), "IncompleteSignature")),
                parts.map(p -> new AuthorizationFault("repeat part " + p, h -> h + "," + partOf(h, p), "IncompleteSignature")),
                Arbitraries.of("Foo=bar", "Region=cn", "=x", "Signature", ",", "SignatureMethod=HMAC-SHA1").map(extra ->
                        new AuthorizationFault("append '" + extra + "'", h -> h + "," + extra, "IncompleteSignature")),
                Arbitraries.just(new AuthorizationFault("no space after the algorithm", h -> h.replaceFirst(" ", ""),
                        "InvalidSignatureMethod")),
                Arbitraries.of("ACS3-HMAC-SHA1", "acs3-hmac-sha256", "ACS3-HMAC-SHA256X", "HMAC-SHA256", "Bearer", "Basic",
                        "ACS3-RSA-SHA256", "ACS3-HMAC-SM3", "ACS3").map(algorithm -> new AuthorizationFault(
                                "algorithm " + algorithm, h -> algorithm + h.substring(h.indexOf(' ')), "InvalidSignatureMethod")),
                Arbitraries.just(new AuthorizationFault("only the algorithm", h -> h.substring(0, h.indexOf(' ')),
                        "IncompleteSignature")),
                Arbitraries.just(new AuthorizationFault("empty header", h -> "", "InvalidSignatureMethod")),
                Arbitraries.of("x-acs-date", "x-acs-signature-nonce", "x-acs-action", "x-acs-version",
                        "x-acs-content-sha256", "x-acs-credentials-provider").map(name -> new AuthorizationFault(
                                "leave " + name + " out of SignedHeaders", h -> signedHeaders(h, list -> list.remove(name)),
                                "IncompleteSignature")),
                Arbitraries.of("x-acs-foo", "foo", "").map(name -> new AuthorizationFault("add '" + name
                        + "' to SignedHeaders, a header the request lacks", h -> signedHeaders(h, list -> list.add(name)),
                        "IncompleteSignature")),
                Arbitraries.just(new AuthorizationFault("add 'authorization' itself to SignedHeaders",
                        h -> signedHeaders(h, list -> list.add("authorization")), "SignatureDoesNotMatch")),
                Arbitraries.just(new AuthorizationFault("leave host out of SignedHeaders",
                        h -> signedHeaders(h, list -> list.remove("host")), "SignatureDoesNotMatch")),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40).map(id -> new AuthorizationFault(
                        "Credential " + id, h -> replacePart(h, "Credential", "Unknown" + id), "InvalidAccessKeyId.NotFound")),
                Arbitraries.of(fixture.isolation.get(0).key(AttackFixture.Role.ROOT).accessKeyId(),
                        fixture.replay.key(AttackFixture.Role.ALLOWED_USER).accessKeyId()).map(id -> new AuthorizationFault(
                                "Credential of another key, " + id, h -> replacePart(h, "Credential", id), "SignatureDoesNotMatch")));
        return Combinators.combine(variants(SignatureScheme.ACS3_HMAC_SHA256), faults).as((variant, fault) ->
                wire(Category.AUTHORIZATION_PARTS, variant, new Tamper("Authorization: " + fault.description(),
                        r -> r.withHeader("authorization", fault.change().apply(r.header("authorization")))),
                        Set.of(fault.code())));
    }

    private record AuthorizationFault(String description, UnaryOperator<String> change, String code) {
    }

    private static String dropPart(String authorization, String part) {
        int space = authorization.indexOf(' ');
        List<String> kept = new ArrayList<>();
        for (String item : authorization.substring(space + 1).split(",")) {
            if (!item.startsWith(part + "=")) {
                kept.add(item);
            }
        }
        return authorization.substring(0, space) + " " + String.join(",", kept);
    }

    private static String partOf(String authorization, String part) {
        for (String item : authorization.substring(authorization.indexOf(' ') + 1).split(",")) {
            if (item.startsWith(part + "=")) {
                return item;
            }
        }
        throw new IllegalStateException("no " + part);
    }

    private static String signedHeaders(String authorization, Consumer<List<String>> change) {
        List<String> names = new ArrayList<>(List.of(partOf(authorization, "SignedHeaders").substring(
                "SignedHeaders=".length()).split(";")));
        change.accept(names);
        return replacePart(authorization, "SignedHeaders", String.join(";", names));
    }

    private Arbitrary<Attack> v1SignatureParameters() {
        Arbitrary<String[]> faults = Arbitraries.oneOf(
                Arbitraries.of("HMAC-SHA256", "hmac-sha1", "HMAC_SHA1", "RSA", "ACS3-HMAC-SHA256", "HMAC-SHA1 ", "SHA1")
                        .map(m -> new String[] {"SignatureMethod", m, "InvalidSignatureMethod"}),
                Arbitraries.of("2.0", "1", "1.0.0", "1.1", "v1", "1.0 ").map(v -> new String[] {"SignatureVersion", v,
                        "InvalidSignatureVersion"}),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(id -> new String[] {"AccessKeyId",
                        "Unknown" + id, "InvalidAccessKeyId.NotFound"}),
                Arbitraries.just(new String[] {"AccessKeyId", fixture.isolation.get(1).key(AttackFixture.Role.ROOT)
                        .accessKeyId(), "SignatureDoesNotMatch"}));
        Arbitrary<Attack> replaced = Combinators.combine(variants(SignatureScheme.V1_HMAC_SHA1), faults).as((variant, f) ->
                wire(Category.AUTHORIZATION_PARTS, variant, new Tamper(f[0] + " set to '" + f[1] + "'",
                        r -> r.mapParameter(f[0], pair -> f[0] + "=" + PercentEncoding.encode(f[1]))), Set.of(f[2])));
        Arbitrary<Attack> typed = Combinators.combine(variants(SignatureScheme.V1_HMAC_SHA1),
                Arbitraries.of("PRIVATEKEY", "BEARERTOKEN", "RSA", "x")).as((variant, type) ->
                        wire(Category.AUTHORIZATION_PARTS, variant, new Tamper("SignatureType=" + type + " added", r -> {
                            List<String> pairs = new ArrayList<>(r.queryPairs());
                            pairs.add("SignatureType=" + type);
                            return r.withQueryPairs(pairs);
                        }), Set.of("InvalidSignatureMethod")));
        return Arbitraries.oneOf(replaced, typed);
    }

    private Arbitrary<Attack> signedHeaders() {
        Arbitrary<Attack> repeated = Combinators.combine(variants(SignatureScheme.ACS3_HMAC_SHA256),
                Arbitraries.of(SINGLE_HEADERS)).as((variant, name) -> wire(Category.SIGNED_HEADERS, variant,
                        new Tamper("repeat header " + name, r -> r.plusHeader(name, r.header(name))),
                        Set.of("InvalidParameter.Repeated")));
        Arbitrary<Attack> unsigned = Combinators.combine(variants(SignatureScheme.ACS3_HMAC_SHA256),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), junk().filter(v -> isSafeHeaderValue(v)))
                .as((variant, name, value) -> wire(Category.SIGNED_HEADERS, variant,
                        new Tamper("add unsigned header x-acs-fuzz-" + name, r -> r.plusHeader("x-acs-fuzz-" + name, value)),
                        Set.of("IncompleteSignature")));
        Arbitrary<Attack> missing = variants(SignatureScheme.ACS3_HMAC_SHA256).flatMap(variant -> {
            List<String> names = new ArrayList<>(CODE_WHEN_HEADER_MISSING.keySet());
            if (variant.placement() != ParameterPlacement.FORM_BODY) {
                names.remove("content-type");
            }
            return Arbitraries.of(names).map(name -> wire(Category.SIGNED_HEADERS, variant,
                    new Tamper("remove header " + name, r -> r.withoutHeader(name)),
                    Set.of(CODE_WHEN_HEADER_MISSING.get(name))));
        });
        Arbitrary<Attack> changed = Combinators.combine(variants(SignatureScheme.ACS3_HMAC_SHA256),
                Arbitraries.of("x-acs-content-sha256", "x-acs-signature-nonce", "x-acs-credentials-provider", "host"),
                Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(64)).as((variant, name, value) ->
                        wire(Category.SIGNED_HEADERS, variant, new Tamper("header " + name + " changed to " + value,
                                r -> r.withHeader(name, name.equals("host") ? "127.0.0.1:" + value.length() : value)), MISMATCH));
        Arbitrary<Attack> longNonce = Combinators.combine(variants(), Arbitraries.integers().between(129, 4000))
                .as((variant, length) -> wire(Category.SIGNED_HEADERS, variant, new Tamper("a nonce of " + length + " characters",
                        variant.scheme() == SignatureScheme.ACS3_HMAC_SHA256
                                ? r -> r.withHeader("x-acs-signature-nonce", "n".repeat(length))
                                : r -> r.mapParameter("SignatureNonce", pair -> "SignatureNonce=" + "n".repeat(length))),
                        Set.of("InvalidSignatureNonce")));
        Arbitrary<Attack> v1WithAuthorization = Combinators.combine(variants(SignatureScheme.V1_HMAC_SHA1),
                Arbitraries.of("Bearer x", "Basic dXNlcjpwYXNz", "HMAC-SHA1 x", "x", "ACS3")).as((variant, value) ->
                        wire(Category.SIGNED_HEADERS, variant, new Tamper("a V1 request with Authorization: " + value,
                                r -> r.plusHeader("Authorization", value)), Set.of("InvalidSignatureMethod")));
        return Arbitraries.oneOf(repeated, unsigned, missing, changed, longNonce, v1WithAuthorization);
    }

    private static boolean isSafeHeaderValue(String value) {
        return value.chars().allMatch(c -> c >= ' ' && c < 0x7F) && value.strip().equals(value);
    }

    private Arbitrary<Attack> dateFormat() {
        Arbitrary<String> known = Arbitraries.of("2025-01-01 00:00:00", "2025-01-01T00:00:00", "2025-01-01T00:00:00.000Z",
                "2025-01-01T00:00Z", "20250101T000000Z", "1735689600", "Wed, 01 Jan 2025 00:00:00 GMT", "2025-13-01T00:00:00Z",
                "2025-02-30T00:00:00Z", "2026-02-29T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T23:59:60Z",
                "2025-01-01T00:00:00+08:00", "2025-01-01t00:00:00z", "2025-1-1T0:0:0Z", "-2025-01-01T00:00:00Z",
                "+2025-01-01T00:00:00Z", "99999-01-01T00:00:00Z", "0000-00-00T00:00:00Z", "2025-01-01T00:00:00ZZ", "now",
                "2025/01/01T00:00:00Z", "2025-01-01T00:00:00 Z", "２０２５-01-01T00:00:00Z", "2025-01-01T00:00:00\u00a0Z");
        Arbitrary<String> nowBadlyWritten = Arbitraries.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
                "yyyy-MM-dd'T'HH:mm:ssxxx", "EEE, dd MMM yyyy HH:mm:ss 'GMT'", "yyyyMMdd'T'HHmmss'Z'")
                .map(pattern -> "now:" + pattern);
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z") && s.strip().equals(s));
        return Combinators.combine(variants(), Arbitraries.oneOf(known, nowBadlyWritten, random)).as((variant, date) -> {
            boolean acs3 = variant.scheme() == SignatureScheme.ACS3_HMAC_SHA256;
            Tamper tamper = new Tamper("date '" + date + "'", r -> {
                String value = date.startsWith("now:") ? DateTimeFormatter.ofPattern(date.substring(4),
                        Locale.ROOT).withZone(ZoneOffset.UTC).format(Instant.now()) : date;
                return acs3 ? r.withHeader("x-acs-date", rawUtf8(value))
                        : r.mapParameter("Timestamp", pair -> "Timestamp=" + PercentEncoding.encode(value));
            });
            Set<String> expected = Set.of("InvalidTimeStamp.Format");
            return wire(Category.DATE_FORMAT, variant, tamper, acs3 && isNonAscii(date) ? union(expected, BAD_REQUEST) : expected);
        });
    }

    /** UTF-8 bytes as header characters, as a client that writes UTF-8 into a header sends them. */
    private static String rawUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    // ---- signed nonsense -----------------------------------------------------------------------

    private Arbitrary<Attack> hugeFlowIds() {
        Arbitrary<String[]> ids = Arbitraries.oneOf(
                Arbitraries.integers().between(65, 12_000).map(n -> new String[] {"9".repeat(n), "InvalidFlowId"}),
                Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(64).filter(id -> fixture.flow(id).isEmpty())
                        .map(id -> new String[] {id, "Unknown.ResourceOwnerId"}),
                Arbitraries.integers().between(1, 40).map(zeros -> new String[] {"0".repeat(zeros) + ownFlow.flowId(),
                        "Unknown.ResourceOwnerId"}),
                Arbitraries.of(fixture.flows().stream().filter(f -> !f.accountId().equals(account.accountId()))
                        .map(AttackFixture.FlowRef::flowId).toList()).map(id -> new String[] {id, "Unknown.ResourceOwnerId"}),
                Arbitraries.of("+", "-", " ", ".0", "e0", "0x", "\u0660", "\uff11").map(affix -> new String[] {
                        affix.startsWith(".") || affix.startsWith("e") ? ownFlow.flowId() + affix : affix + ownFlow.flowId(),
                        "InvalidFlowId"}));
        return Combinators.combine(variants(), ids, Arbitraries.of(true, false)).as((variant, id, withSpace) -> {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("FlowId", id[0]);
            if (withSpace) {
                parameters.put("CustSpaceId", ownFlow.spaceId());
            }
            String shown = id[0].length() > 80 ? id[0].length() + " digits" : "'" + id[0] + "'";
            return signed(Category.HUGE_FLOW_ID, "FlowId " + shown, variant, call(variant, parameters), Set.of(id[1]));
        }).filter(attack -> fitsTheRequestLine(attack));
    }

    /** A FlowId in the query must leave the request line under the 16 KiB header limit; bodies take 64 KiB. */
    private static boolean fitsTheRequestLine(Attack attack) {
        return attack.variant().placement() == ParameterPlacement.FORM_BODY
                || attack.call().parameters().values().stream().mapToInt(String::length).sum() < 14_000;
    }

    private Arbitrary<Attack> metacharacters() {
        Arbitrary<String> meta = Arbitraries.oneOf(Arbitraries.of(SQL_AND_JSON),
                Combinators.combine(Arbitraries.of(SQL_AND_JSON), Arbitraries.of(SQL_AND_JSON)).as(String::concat),
                Arbitraries.of(SQL_AND_JSON).map(m -> ownFlow.spaceId() + m), Arbitraries.of(SQL_AND_JSON).map(m -> m + ownFlow.spaceId()),
                Arbitraries.of(ownFlow.spaceId().toUpperCase(Locale.ROOT), ownFlow.spaceId().replace('z', '_'),
                        ownFlow.spaceId().substring(0, 6) + "%", fixture.replay.spaces().get(0)));
        Arbitrary<Attack> inFlowId = Combinators.combine(variants(), meta).as((variant, value) ->
                signed(Category.METACHARACTERS, "FlowId '" + value + "'", variant,
                        call(variant, Map.of("FlowId", value, "CustSpaceId", ownFlow.spaceId())), Set.of("InvalidFlowId")));
        Arbitrary<Attack> inSpace = Combinators.combine(variants(), meta).as((variant, value) ->
                signed(Category.METACHARACTERS, "CustSpaceId '" + value + "'", variant,
                        call(variant, Map.of("FlowId", ownFlow.flowId(), "CustSpaceId", value)),
                        Set.of(isValidSpace(value) ? "Unknown.ResourceOwnerId" : "InvalidCustSpaceId")));
        Arbitrary<String> keyIds = Arbitraries.oneOf(Arbitraries.of(SQL_AND_JSON), Arbitraries.of(SQL_AND_JSON)
                .map(m -> key().accessKeyId() + m), Arbitraries.of(key().accessKeyId().toLowerCase(Locale.ROOT),
                key().accessKeyId().toUpperCase(Locale.ROOT), key().accessKeyId().replace('R', '_'),
                key().accessKeyId().substring(0, 8) + "%", key().accessKeyId() + " ", " " + key().accessKeyId()));
        Arbitrary<Attack> inKeyId = Combinators.combine(variants(), keyIds).as((variant, id) -> {
            boolean acs3 = variant.scheme() == SignatureScheme.ACS3_HMAC_SHA256;
            Set<String> expected = acs3 && (id.contains(",") || !isSafeHeaderText(id))
                    ? Set.of("InvalidAccessKeyId.NotFound", "IncompleteSignature", "BadRequest")
                    : Set.of("InvalidAccessKeyId.NotFound");
            return new Attack(Category.METACHARACTERS, "AccessKeyId '" + id + "' signed with the right secret", variant,
                    validCall(variant), acs3 ? rawUtf8(id) : id, Tamper.NONE, expected);
        }).filter(Attacks::notTheSameCredential);
        return Arbitraries.oneOf(inFlowId, inSpace, inKeyId);
    }

    /**
     * One parameter of one of the ten actions spoiled ({@link ActionParameters}), the call otherwise
     * valid and signed, so that it passes authentication and is refused when the action reads it.
     */
    private Arbitrary<Attack> actionParameters() {
        return Combinators.combine(variants(), actionParameters.spoiled()).as(this::spoiledCall)
                .filter(Attacks::fitsTheRequestLine);
    }

    /** The signed call of {@code spoiled}'s action with that one parameter spoiled. */
    Attack spoiledCall(CallVariant variant, ActionParameters.Spoiled spoiled) {
        RpcCall call = new RpcCall(variant.method(), spoiled.action().wireName(), RpcCall.CAMS_VERSION,
                spoiled.parameters(actionParameters.valid(spoiled.action())), variant.placement());
        return signed(Category.ACTION_PARAMETERS, spoiled.describe(), variant, call, Set.of(spoiled.code()));
    }

    ActionParameters parameterTable() {
        return actionParameters;
    }

    /**
     * ACS3 reads the Credential with the blanks around it stripped, so a key id padded with blanks is
     * the right key: such a request is valid, not an attack.
     */
    private static boolean notTheSameCredential(Attack attack) {
        return attack.variant().scheme() != SignatureScheme.ACS3_HMAC_SHA256
                || attack.accessKeyId().strip().equals(attack.accessKeyId());
    }

    private static boolean isValidSpace(String value) {
        return !value.isEmpty() && value.length() <= 64 && value.chars().allMatch(c -> c > ' ' && c <= '~');
    }

    private static boolean isSafeHeaderText(String value) {
        return value.chars().allMatch(c -> c >= ' ' && c < 0x7F);
    }

    private Arbitrary<Attack> apiNames() {
        // no '=': the access log writes the action, and a random one must not look like a signed part there
        Arbitrary<String> nameLike = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30)
                .filter(name -> !name.contains("="));
        Arbitrary<Attack> actions = Combinators.combine(variants(), Arbitraries.oneOf(Arbitraries.of("getflow", "GETFLOW",
                "GetFlows", "listflow", "UpdateFlow", "DeleteFlows", "GetFlowJSONAsset", "GetFlowJsonAssest", "Get Flow",
                "GetFlow;"), nameLike))
                .as((variant, action) -> signed(Category.API_NAMES, "Action '" + action + "'", variant,
                        validCall(variant).withAction(action), Set.of("InvalidAction.NotFound")))
                // the ten actions are served; everything else, however close, is not
                .filter(a -> CamsAction.fromWire(a.call().action()).isEmpty());
        Arbitrary<Attack> versions = Combinators.combine(variants(), Arbitraries.oneOf(Arbitraries.of("2020-06-07",
                "2019-01-01", "2020-6-6", "latest", "2020-06-06x", "20200606"), nameLike)).as((variant, version) ->
                        signed(Category.API_NAMES, "Version '" + version + "'", variant, validCall(variant).withVersion(version),
                                Set.of("InvalidVersion")))
                .filter(a -> !a.call().version().equals(RpcCall.CAMS_VERSION));
        Arbitrary<Attack> formats = Combinators.combine(variants(), Arbitraries.of("xml", "XML", "jsonp", "", "json5", "text"))
                .as((variant, format) -> {
                    Map<String, String> parameters = ownParameters();
                    parameters.put("Format", format);
                    return signed(Category.API_NAMES, "Format '" + format + "'", variant, call(variant, parameters),
                            Set.of(variant.scheme() == SignatureScheme.V1_HMAC_SHA1 ? "InvalidParameter.Repeated" : "InvalidFormat"));
                });
        Arbitrary<Attack> methods = Combinators.combine(variants(), Arbitraries.of("PUT", "DELETE", "PATCH", "OPTIONS",
                "TRACE", "get", "post", "FOO", "GETFLOW", "PROPFIND")).as((variant, method) -> wire(Category.API_NAMES,
                        variant, new Tamper("method " + method, r -> r.withMethod(method)),
                        Set.of("InvalidAction.NotFound", "BadRequest")));
        Arbitrary<Attack> paths = Combinators.combine(variants(), Arbitraries.of("/x", "/GetFlow", "/index.html", "//", "/./",
                "/%2F", "/health/", "/health/x", "/.well-known/x", "/api/", "/;", "/%00", "/..", "/../", "*", "/\u00e9"))
                .as((variant, path) -> wire(Category.API_NAMES, variant, new Tamper("path " + path, r -> r.withPath(path)),
                        Set.of("InvalidAction.NotFound", "BadRequest")));
        // the links the server serves itself: a signed call sent to one is no link, and opens nothing
        Arbitrary<Attack> links = Combinators.combine(variants(), Arbitraries.of("/flows/31415926535897/asset",
                "/flows/1/preview", "/flows//asset", "/flows/1/asset/x", "/flows/abc/preview", "/flows/1/ASSET"))
                .as((variant, path) -> wire(Category.API_NAMES, variant, new Tamper("path " + path, r -> r.withPath(path)),
                        Set.of("Forbidden.InvalidLink", "InvalidAction.NotFound", "BadRequest")));
        return Arbitraries.oneOf(actions, versions, formats, methods, paths, links);
    }

    // ---- HTTP itself ---------------------------------------------------------------------------

    private Arbitrary<Attack> brokenHttp() {
        // not generated: "http/1.1", which Jetty reads as HTTP/1.1 (lenient, and harmless for a signed request)
        Arbitrary<Tamper> versions = Arbitraries.of("HTTP/1.2", "HTTP/9.9", "HTTP/2.0", "HTTP/3", "HTTP/1", "HTTP/",
                "HTTP/1.1x", "HTTPS/1.1", "HTTP/01.1", "HTTP/1.1 extra", "HTTP/1.11", "HTTP/0.9", "")
                .map(version -> new Tamper("protocol version '" + version + "'", r -> r.withVersion(version)));
        Arbitrary<Tamper> headerLines = Arbitraries.of("NoColon", "Bad Name: x", "Bad\u0000Name: x", "(X): y", "X-Nul: a\u0000b",
                " folded-continuation", "\tfolded-continuation", ": no name", "X-Cr: a\rb", "X-Del: a\u007fb", "X\u00e9: y",
                "X-Ctl: \u0001\u0002")
                .map(line -> new Tamper("header line '" + line + "'", r -> r.withHeaders(withRawLine(r, line))));
        // not generated: two spaces between method and target, which Jetty reads as one (RFC 9112 allows it)
        Arbitrary<Tamper> requestLines = Arbitraries.of("\t", " / ", "/ /", " \t").map(separator -> new Tamper(
                "request line separator '" + separator + "'", r -> r.withMethod(r.method() + separator)));
        Arbitrary<Attack> lines = Combinators.combine(variants(), Arbitraries.oneOf(versions, headerLines, requestLines))
                .as((variant, tamper) -> wire(Category.BROKEN_HTTP, variant, tamper, BAD_REQUEST));
        // the host is signed only by ACS3: a V1 request with an odd but well-formed Host is still valid
        Arbitrary<Tamper> hosts = Arbitraries.of("", "a b", "127.0.0.1:99999", "[::1", "@", "127.0.0.1:1:2", "evil.example")
                .map(host -> new Tamper("Host '" + host + "'", r -> r.withHeader("Host", host)));
        Arbitrary<Tamper> twoHosts = Arbitraries.just(new Tamper("two Host headers", r -> r.plusHeader("Host", "evil.example")));
        Arbitrary<Attack> wrongHosts = Combinators.combine(variants(SignatureScheme.ACS3_HMAC_SHA256),
                Arbitraries.oneOf(hosts, twoHosts)).as((variant, tamper) -> wire(Category.BROKEN_HTTP, variant, tamper,
                        Set.of("BadRequest", "SignatureDoesNotMatch", "InvalidParameter.Repeated")));
        return Arbitraries.oneOf(lines, wrongHosts);
    }

    /** The headers with one raw line added as if it were a header (its name and value fields abused). */
    private static List<WireRequest.Header> withRawLine(WireRequest request, String line) {
        List<WireRequest.Header> headers = new ArrayList<>(request.headers());
        int colon = line.indexOf(": ");
        headers.add(1, colon < 0 ? WireRequest.Header.rawLine(line) : new WireRequest.Header(line.substring(0, colon),
                line.substring(colon + 2)));
        return headers;
    }

    // ---- values --------------------------------------------------------------------------------

    /** Short strings of printable ASCII, Latin-1, CJK, an emoji and metacharacters. */
    static Arbitrary<String> junk() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').withChars('é', '中', 'ß', '\u0000', '\t')
                .ofMaxLength(40), Arbitraries.of(SQL_AND_JSON));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
