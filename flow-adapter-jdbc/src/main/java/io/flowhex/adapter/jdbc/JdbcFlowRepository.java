package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.util.List;
import java.util.Optional;

/**
 * Flows in one table, one row each. The categories live in the row as their wire names joined by
 * commas, in order (enum names hold no comma), so GetFlow's lookup is one primary-key read.
 */
final class JdbcFlowRepository implements FlowRepository {

    private static final String STORE = "flow store";

    private static final String FIND =
            "SELECT " + String.join(", ", FlowRow.COLUMNS) + " FROM flowhex_flow WHERE id = ?";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_flow",
            List.of("id"), FlowRow.COLUMNS));
    private static final String UPDATE_PREVIEW =
            "UPDATE flowhex_flow SET preview_url = ?, preview_expires_at = ? WHERE id = ?";

    private final Database database;
    private final DecodedFlows decoded;

    JdbcFlowRepository(Database database, int decodedFlowCacheSize) {
        this.database = database;
        this.decoded = new DecodedFlows(decodedFlowCacheSize);
    }

    @Override
    public Optional<Flow> findById(FlowId id) {
        return database.call(STORE, connection -> Database.query(connection, FIND,
                rows -> rows.next() ? Optional.of(decoded.decode(id, FlowRow.read(rows))) : Optional.<Flow>empty(),
                id.value()));
    }

    @Override
    public void save(Flow flow) {
        Preview preview = flow.preview().orElse(null);
        database.call(STORE, connection -> Database.update(connection, SAVE.in(database.dialect(connection)),
                flow.id().value(),
                flow.owner().value(),
                flow.space().value(),
                flow.name().value(),
                String.join(FlowRow.CATEGORY_SEPARATOR, flow.categories().names()),
                flow.status().name(),
                FlowRow.column(flow.jsonVersion()),
                FlowRow.column(flow.dataApiVersion()),
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

    /** How many flows keep their decoding (for tests). */
    int decodedFlows() {
        return decoded.size();
    }
}
