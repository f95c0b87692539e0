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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A flow row exactly as the database returned it, before any domain validation. Two reads of an
 * unchanged row are equal, which is what lets {@link DecodedFlows} reuse an earlier decoding.
 */
record FlowRow(String accountId, String spaceId, String name, String categories, String status,
        String jsonVersion, String dataApiVersion, String endpointUri, String previewUrl, Instant previewExpiresAt) {

    /** The columns besides the id, in the order {@link #read(ResultSet)} expects and saves write them. */
    static final List<String> COLUMNS = List.of("account_id", "space_id", "name", "categories", "status",
            "json_version", "data_api_version", "endpoint_uri", "preview_url", "preview_expires_at");

    static final String CATEGORY_SEPARATOR = ",";

    /*
     * Schema V1 has no column for these yet (the lifecycle's migration adds them): until then every
     * flow reads back as created at the epoch, so listings fall back to their FlowId tie-break, and at
     * revision 0.
     */
    static final Instant UNRECORDED_CREATION = Instant.EPOCH;
    static final long UNRECORDED_REVISION = 0;

    private static final String ABSENT_VERSION = "";

    FlowRow {
        Objects.requireNonNull(accountId, "account_id");
        Objects.requireNonNull(spaceId, "space_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(jsonVersion, "json_version");
        Objects.requireNonNull(dataApiVersion, "data_api_version");
    }

    /**
     * Reads the current row by column position: a by-name lookup makes some drivers (H2) build a
     * name map for every result set, which cost more than the primary-key read itself.
     */
    static FlowRow read(ResultSet row) throws SQLException {
        return new FlowRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                Database.instant(row, 10));
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
                UNRECORDED_CREATION,
                UNRECORDED_REVISION);
    }

    /** The column value of an optional version: V1's columns are NOT NULL, so absent is stored as ''. */
    static String column(Optional<SchemaVersion> version) {
        return version.map(SchemaVersion::value).orElse(ABSENT_VERSION);
    }

    private static Optional<SchemaVersion> version(String column) {
        return column.equals(ABSENT_VERSION) ? Optional.empty() : Optional.of(new SchemaVersion(column));
    }

    private static FlowCategories categories(String joined) {
        List<FlowCategory> values = new ArrayList<>();
        for (String wire : joined.split(CATEGORY_SEPARATOR)) {
            values.add(FlowCategory.fromWire(wire));
        }
        return new FlowCategories(values);
    }
}
