package io.flowhex.application.flowjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import io.flowhex.domain.flow.SchemaVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a Flow JSON file against flowhex's subset of Meta's rules ({@code flow-lifecycle.md}):
 *
 * <ul>
 *   <li>{@code INVALID_FLOW_JSON}: the bytes are not one JSON object in UTF-8 (a leading UTF-8 byte
 *       order mark is allowed), or repeat a key in an object, or nest deeper than the limit, or are
 *       larger than {@link FlowAsset#MAX_BYTES}. Nothing else is checked then, and no version read.
 *   <li>{@code MISSING_FLOW_JSON_VERSION}, {@code INVALID_FLOW_JSON_VERSION}: {@code version} must be
 *       a string naming a known version.
 *   <li>{@code MISSING_REQUIRED_PROPERTY}, {@code INVALID_PROPERTY_VALUE}: {@code screens} must be a
 *       non-empty array of objects, each with a non-empty string {@code id} unique among them and an
 *       object {@code layout}; at most {@code maxScreens} screens.
 *   <li>{@code INVALID_DATA_API_VERSION}, {@code INVALID_ROUTING_MODEL}: {@code data_api_version},
 *       when present, must be {@code "3.0"}, and then {@code routing_model} must be an object.
 * </ul>
 *
 * <p>The versions are taken from the file whenever they read as versions, even unknown ones, since
 * GetFlow shows what the file says. {@link #check} never throws on any content: deep nesting is cut
 * off by the parser's depth limit, nothing but the screen ids is kept while reading, and those only
 * for the first {@code maxScreens} screens. Immutable and thread-safe.
 */
public final class FlowJsonValidator {

    /** Every Flow JSON version the spec knows; a file of another version is invalid. */
    public static final Set<SchemaVersion> DEFAULT_KNOWN_VERSIONS = versions("2.1", "3.0", "3.1", "4.0", "5.0", "5.1",
            "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3");
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    public static final int DEFAULT_MAX_SCREENS = 1_000;

    private static final String DATA_API_VERSION = "3.0";
    private static final int MAX_VERSION_LENGTH = 16;
    private static final FlowJsonValidator DEFAULTS = custom().build();

    private final Set<SchemaVersion> knownVersions;
    private final int maxNestingDepth;
    private final int maxScreens;
    private final JsonFactory factory;

    private FlowJsonValidator(Builder builder) {
        this.knownVersions = Set.copyOf(builder.knownVersions);
        this.maxNestingDepth = builder.maxNestingDepth;
        this.maxScreens = builder.maxScreens;
        // No limit below the file's own size but the depth: a long string, key or number is still JSON.
        // Field names are not interned: a file of many colliding names must not meet the symbol table's
        // collision limit, and a name is read once anyway.
        this.factory = JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxDocumentLength(FlowAsset.MAX_BYTES)
                        .maxStringLength(FlowAsset.MAX_BYTES)
                        .maxNameLength(FlowAsset.MAX_BYTES)
                        .maxNumberLength(FlowAsset.MAX_BYTES)
                        .build())
                .build();
    }

    public static FlowJsonValidator ofDefaults() {
        return DEFAULTS;
    }

    public static Builder custom() {
        return new Builder();
    }

    /** A builder holding {@code other}'s settings, to change some of them. */
    public static Builder from(FlowJsonValidator other) {
        return new Builder().knownVersions(other.knownVersions).maxNestingDepth(other.maxNestingDepth)
                .maxScreens(other.maxScreens);
    }

    public Set<SchemaVersion> knownVersions() {
        return knownVersions;
    }

    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    public int maxScreens() {
        return maxScreens;
    }

    /** The file with the check of its bytes: what UpdateFlowJSONAsset stores. */
    public FlowAsset asset(byte[] content) {
        if (content.length > FlowAsset.MAX_BYTES) {
            throw new IllegalArgumentException("a Flow JSON file is at most " + FlowAsset.MAX_BYTES + " bytes");
        }
        return FlowAsset.of(content, check(content));
    }

    /** Checks the file's bytes. Never throws for any content; {@code content} itself must not be null. */
    public FlowJsonCheck check(byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length > FlowAsset.MAX_BYTES) {
            return invalid("The file is larger than " + FlowAsset.MAX_BYTES + " bytes.");
        }
        ErrorList screenErrors = new ErrorList();
        ScreenChecks screens = new ScreenChecks(maxScreens, screenErrors);
        TopLevel top;
        try {
            top = new FlowJsonScan(factory, screens).read(utf8(content));
        } catch (FlowJsonScan.NotAnObject e) {
            return invalid(e.getMessage());
        } catch (CharacterCodingException e) {
            return invalid("The file is not UTF-8 text.");
        } catch (StreamConstraintsException e) {
            return invalid("The JSON nests deeper than " + maxNestingDepth + " levels" + where(e.getLocation()) + ".");
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the file: only the place is kept
            return invalid("The file is not valid JSON" + where(e.getLocation()) + ".");
        } catch (IOException | RuntimeException e) {
            // a byte array cannot fail to be read, and the parser fails by JsonProcessingException: this is a
            // parser defect on some input, which must still not fail the upload
            return invalid("The file could not be read as JSON.");
        }
        screens.requirePresent();
        return judge(top, screenErrors);
    }

    private FlowJsonCheck judge(TopLevel top, ErrorList screenErrors) {
        ErrorList errors = new ErrorList();
        Optional<SchemaVersion> version = top.version().flatMap(FlowJsonValidator::asVersion);
        if (!top.hasVersion()) {
            errors.add(FlowJsonErrorCode.MISSING_FLOW_JSON_VERSION, "version is required.", "/version");
        } else if (version.isEmpty() || !knownVersions.contains(version.get())) {
            errors.add(FlowJsonErrorCode.INVALID_FLOW_JSON_VERSION,
                    "version must be a string naming a known Flow JSON version, such as \"7.3\".", "/version");
        }
        errors.addAll(screenErrors);
        Optional<SchemaVersion> dataApiVersion = top.dataApiVersion().flatMap(FlowJsonValidator::asVersion);
        if (top.hasDataApiVersion()) {
            if (!top.dataApiVersion().filter(DATA_API_VERSION::equals).isPresent()) {
                errors.add(FlowJsonErrorCode.INVALID_DATA_API_VERSION, "data_api_version must be \"3.0\".",
                        "/data_api_version");
            }
            if (!top.hasRoutingModel() || !top.routingModelIsObject()) {
                errors.add(FlowJsonErrorCode.INVALID_ROUTING_MODEL,
                        "routing_model must be an object when data_api_version is given.", "/routing_model");
            }
        }
        return new FlowJsonCheck(version, dataApiVersion, errors.toList());
    }

    /** Strict UTF-8 (no replacement of bad bytes), past a leading byte order mark. */
    private static Reader utf8(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Optional<SchemaVersion> asVersion(String text) {
        if (text.length() > MAX_VERSION_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SchemaVersion(text));
        } catch (IllegalArgumentException notDotted) {
            return Optional.empty();
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static FlowJsonCheck invalid(String message) {
        ErrorList errors = new ErrorList();
        errors.add(FlowJsonErrorCode.INVALID_FLOW_JSON, message, "");
        return new FlowJsonCheck(Optional.empty(), Optional.empty(), errors.toList());
    }

    private static Set<SchemaVersion> versions(String... texts) {
        return Set.copyOf(List.of(texts).stream().map(SchemaVersion::new).toList());
    }

    /** Settings, validated by {@link #build()}. */
    public static final class Builder {
        private Set<SchemaVersion> knownVersions = DEFAULT_KNOWN_VERSIONS;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxScreens = DEFAULT_MAX_SCREENS;

        private Builder() {
        }

        /** The versions a file may declare (default {@link #DEFAULT_KNOWN_VERSIONS}); at least one. */
        public Builder knownVersions(Set<SchemaVersion> versions) {
            this.knownVersions = Set.copyOf(Objects.requireNonNull(versions, "versions"));
            return this;
        }

        /** How deep objects and arrays may nest, the root object being level 1 (default 64; 8 to 1000). */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /** How many screens a file may hold (default 1000; 1 to 100000). */
        public Builder maxScreens(int screens) {
            this.maxScreens = screens;
            return this;
        }

        public FlowJsonValidator build() {
            if (knownVersions.isEmpty()) {
                throw new IllegalArgumentException("at least one Flow JSON version must be known");
            }
            if (maxNestingDepth < 8 || maxNestingDepth > 1000) {
                throw new IllegalArgumentException("maxNestingDepth must be 8 to 1000");
            }
            if (maxScreens < 1 || maxScreens > 100_000) {
                throw new IllegalArgumentException("maxScreens must be 1 to 100000");
            }
            return new FlowJsonValidator(this);
        }
    }
}
