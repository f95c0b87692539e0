package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.FlowRepository;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Flows in one table, one row each. The categories live in the row as their wire names joined by
 * commas, in order (enum names hold no comma), so GetFlow's lookup is one primary-key read.
 */
final class JdbcFlowRepository implements FlowRepository {

    private static final String STORE = "flow store";
    private static final String CATEGORY_SEPARATOR = ",";

    private static final String FIND = """
            SELECT account_id, space_id, name, categories, status, json_version, data_api_version,
                   endpoint_uri, preview_url, preview_expires_at
            FROM flowhex_flow WHERE id = ?""";
    // FIND's columns by position: a by-name lookup makes some drivers (H2) build a name map for
    // every result set, which cost more than the primary-key read itself
    private static final int ACCOUNT_ID = 1;
    private static final int SPACE_ID = 2;
    private static final int NAME = 3;
    private static final int CATEGORIES = 4;
    private static final int STATUS = 5;
    private static final int JSON_VERSION = 6;
    private static final int DATA_API_VERSION = 7;
    private static final int ENDPOINT_URI = 8;
    private static final int PREVIEW_URL = 9;
    private static final int PREVIEW_EXPIRES_AT = 10;
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_flow",
            List.of("id"),
            List.of("account_id", "space_id", "name", "categories", "status", "json_version", "data_api_version",
                    "endpoint_uri", "preview_url", "preview_expires_at")));
    private static final String UPDATE_PREVIEW =
            "UPDATE flowhex_flow SET preview_url = ?, preview_expires_at = ? WHERE id = ?";

    private final Database database;

    JdbcFlowRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Flow> findById(FlowId id) {
        return database.call(STORE, connection -> Database.query(connection, FIND,
                rows -> rows.next() ? Optional.of(flow(id, rows)) : Optional.<Flow>empty(), id.value()));
    }

    @Override
    public void save(Flow flow) {
        Preview preview = flow.preview().orElse(null);
        database.call(STORE, connection -> Database.update(connection, SAVE.in(database.dialect(connection)),
                flow.id().value(),
                flow.owner().value(),
                flow.space().value(),
                flow.name().value(),
                String.join(CATEGORY_SEPARATOR, flow.categories().names()),
                flow.status().name(),
                flow.jsonVersion().value(),
                flow.dataApiVersion().value(),
                flow.endpointUri().map(EndpointUri::toString).orElse(null),
                preview == null ? null : preview.url().toString(),
                preview == null ? null : preview.expiresAt()));
    }

    @Override
    public boolean updatePreview(FlowId id, Preview preview) {
        // a single UPDATE of two columns: a concurrent save of other fields is neither lost nor undone
        return database.call(STORE, connection -> Database.update(connection, UPDATE_PREVIEW,
                preview.url().toString(), preview.expiresAt(), id.value())) > 0;
    }

    private static Flow flow(FlowId id, ResultSet row) throws SQLException {
        String endpoint = row.getString(ENDPOINT_URI);
        String previewUrl = row.getString(PREVIEW_URL);
        Instant previewExpiry = Database.instant(row, PREVIEW_EXPIRES_AT);
        return new Flow(
                id,
                new AccountId(row.getString(ACCOUNT_ID)),
                new SpaceId(row.getString(SPACE_ID)),
                new FlowName(row.getString(NAME)),
                categories(row.getString(CATEGORIES)),
                FlowStatus.fromWire(row.getString(STATUS)),
                new SchemaVersion(row.getString(JSON_VERSION)),
                new SchemaVersion(row.getString(DATA_API_VERSION)),
                Optional.ofNullable(endpoint).map(EndpointUri::parse),
                previewUrl == null ? Optional.empty() : Optional.of(Preview.of(previewUrl, previewExpiry)));
    }

    private static FlowCategories categories(String joined) {
        return new FlowCategories(Arrays.stream(joined.split(CATEGORY_SEPARATOR)).map(FlowCategory::fromWire).toList());
    }
}
