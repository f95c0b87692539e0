package io.flowhex.adapter.jdbc;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A flow row exactly as the database returned it, before any domain validation. Two reads of an
 * unchanged row are equal, which is what lets {@link DecodedFlows} reuse an earlier decoding.
 */
record FlowRow(String accountId, String spaceId, String name, String categories, String status,
        String jsonVersion, String dataApiVersion, String endpointUri, String previewUrl, Instant previewExpiresAt,
        Instant createdAt, long revision) {

    /** The columns besides the id, in the order {@link #read(ResultSet)} expects and {@link #values} gives them. */
    static final List<String> COLUMNS = List.of("account_id", "space_id", "name", "categories", "status",
            "json_version", "data_api_version", "endpoint_uri", "preview_url", "preview_expires_at", "created_at",
            "revision");

    static final String CATEGORY_SEPARATOR = ",";

    FlowRow {
        Objects.requireNonNull(accountId, "account_id");
        Objects.requireNonNull(spaceId, "space_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created_at");
    }

    /** The flow's values for {@link #COLUMNS}, in that order, as statement parameters. */
    static List<Object> values(Flow flow) {
        Preview preview = flow.preview().orElse(null);
        return Arrays.asList(
                flow.owner().value(),
                flow.space().value(),
                flow.name().value(),
                String.join(CATEGORY_SEPARATOR, flow.categories().names()),
                flow.status().name(),
                column(flow.jsonVersion()),
                column(flow.dataApiVersion()),
                flow.endpointUri().map(EndpointUri::toString).orElse(null),
                preview == null ? null : preview.url().toString(),
                preview == null ? null : preview.expiresAt(),
                flow.createdAt(),
                flow.revision());
    }

    /**
     * Reads the current row by column position: a by-name lookup makes some drivers (H2) build a
     * name map for every result set, which cost more than the primary-key read itself.
     */
    static FlowRow read(ResultSet row) throws SQLException {
        return new FlowRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                Database.instant(row, 10), Database.instant(row, 11), row.getLong(12));
    }

    /** Validates every value into the domain's types; a row no domain rule accepts fails here. */
    Flow toFlow(FlowId id) {
        return new Flow(
                id,
                new AccountId(accountId),
                new SpaceId(spaceId),
                new FlowName(name),
                categories(categories),
                FlowStatus.fromWire(status),
                version(jsonVersion),
                version(dataApiVersion),
                Optional.ofNullable(endpointUri).map(EndpointUri::parse),
                previewUrl == null ? Optional.empty() : Optional.of(Preview.of(previewUrl, previewExpiresAt)),
                createdAt,
                revision);
    }

    /** The column value of an optional version: NULL when absent (schema version 1 stored ''). */
    static String column(Optional<SchemaVersion> version) {
        return version.map(SchemaVersion::value).orElse(null);
    }

    static Optional<SchemaVersion> version(String column) {
        return Optional.ofNullable(column).map(SchemaVersion::new);
    }

    static FlowCategories categories(String joined) {
        List<FlowCategory> values = new ArrayList<>();
        for (String wire : joined.split(CATEGORY_SEPARATOR)) {
            values.add(FlowCategory.fromWire(wire));
        }
        return new FlowCategories(values);
    }
}
