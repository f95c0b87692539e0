package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SpaceId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Flows in one table, one row each, their Flow JSON files in another ({@link FlowAssetRows}). The
 * categories live in the row as their wire names joined by commas, in order (enum names hold no
 * comma), so GetFlow's lookup is one primary-key read.
 *
 * <p>Every rule of the port is the database's, in one statement: a name's uniqueness is a unique
 * index (a violation, SQLState 23505, is {@code NAME_TAKEN}); an update or delete is
 * {@code ... WHERE id = ? AND revision = ?} (no row changed is {@code CONFLICT}); deleting the flow
 * deletes its asset through the foreign key. Only a flow with its asset takes two statements, in one
 * transaction that any failure rolls back whole.
 */
final class JdbcFlowRepository implements FlowRepository {

    private static final String STORE = "flow store";

    private static final String FIND =
            "SELECT " + String.join(", ", FlowRow.COLUMNS) + " FROM flowhex_flow WHERE id = ?";
    private static final String EXISTS = "SELECT 1 FROM flowhex_flow WHERE id = ?";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_flow",
            List.of("id"), FlowRow.COLUMNS));
    private static final String CREATE = "INSERT INTO flowhex_flow (id, " + String.join(", ", FlowRow.COLUMNS)
            + ") VALUES (?" + ", ?".repeat(FlowRow.COLUMNS.size()) + ")";
    private static final String UPDATE = "UPDATE flowhex_flow SET "
            + FlowRow.COLUMNS.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
            + " WHERE id = ? AND revision = ?";
    private static final String DELETE = "DELETE FROM flowhex_flow WHERE id = ? AND revision = ?";
    private static final String UPDATE_PREVIEW =
            "UPDATE flowhex_flow SET preview_url = ?, preview_expires_at = ? WHERE id = ?";

    private final Database database;
    private final DecodedFlows decoded;
    private final FlowPublication publication = new FlowPublication();

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
    public WriteResult save(Flow flow) {
        // On H2, two first saves of one id can both try the insert and one fails on the primary key;
        // the second try finds the row and replaces it. A violation on the second try is the name's.
        SqlWork<WriteResult> upsert = connection -> {
            Database.update(connection, SAVE.in(database.dialect(connection)), idThenColumns(flow));
            return WriteResult.DONE;
        };
        return database.call(STORE, upsert, connection -> {
            try {
                return upsert.run(connection);
            } catch (SQLException e) {
                if (Database.isUniqueViolation(e)) {
                    return WriteResult.NAME_TAKEN;
                }
                throw e;
            }
        });
    }

    @Override
    public WriteResult create(Flow flow) {
        return database.call(STORE, connection -> {
            Database.update(connection, CREATE, idThenColumns(flow));
            return WriteResult.DONE;
        }, connection -> exists(connection, flow.id()) ? WriteResult.ID_TAKEN : WriteResult.NAME_TAKEN);
    }

    @Override
    public WriteResult update(Flow next, long expectedRevision) {
        return database.call(STORE, connection -> compareAndSet(connection, next, expectedRevision),
                connection -> WriteResult.NAME_TAKEN);
    }

    @Override
    public WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
        Objects.requireNonNull(asset, "asset");
        return database.inOneTransaction(STORE, connection -> {
            WriteResult flowWritten = compareAndSet(connection, next, expectedRevision);
            if (flowWritten == WriteResult.DONE) {
                // the flow's row is locked by the update above until commit: no delete can slip in between
                FlowAssetRows.put(connection, database.dialect(connection), next.id(), asset);
            }
            return flowWritten;
        }, connection -> WriteResult.NAME_TAKEN);
    }

    @Override
    public WriteResult delete(FlowId id, long expectedRevision) {
        int deleted = database.call(STORE, connection -> Database.update(connection, DELETE, id.value(),
                expectedRevision));
        if (deleted == 0) {
            return WriteResult.CONFLICT;
        }
        decoded.forget(id);
        return WriteResult.DONE;
    }

    @Override
    public Optional<FlowAsset> findAsset(FlowId id) {
        return database.call(STORE, connection -> Database.query(connection, FlowAssetRows.FIND,
                FlowAssetRows::readIfAny, id.value()));
    }

    @Override
    public Optional<CheckedFlow> findWithFlowJsonCheck(FlowId id) {
        return database.call(STORE, connection -> Database.query(connection, FlowPublication.FIND_CHECKED,
                rows -> rows.next()
                        ? Optional.of(new CheckedFlow(decoded.decode(id, FlowRow.read(rows)), FlowPublication.check(rows)))
                        : Optional.<CheckedFlow>empty(),
                id.value()));
    }

    @Override
    public boolean publishIfAccepted(FlowId id, AccountId owner, Optional<SpaceId> space,
            PublishableVersions publishable) {
        FlowPublication.Update update = publication.publish(id.value(), owner.value(), space.map(SpaceId::value),
                publishable);
        return database.call(STORE, connection -> Database.update(connection, update.sql(), update.parameters())) == 1;
    }

    @Override
    public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
            PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(owner.value());
        space.ifPresent(value -> parameters.add(value.value()));
        nameContains.ifPresent(text -> parameters.add(FlowListing.containing(text)));
        String statement = FlowListing.statement(space.isPresent(), nameContains.isPresent(), page);
        return database.call(STORE, connection -> Database.query(connection, statement, FlowListing::read,
                parameters.toArray()));
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

    private static WriteResult compareAndSet(Connection connection, Flow next, long expectedRevision)
            throws SQLException {
        List<Object> parameters = new ArrayList<>(FlowRow.values(next));
        parameters.add(next.id().value());
        parameters.add(expectedRevision);
        return Database.update(connection, UPDATE, parameters.toArray()) == 0 ? WriteResult.CONFLICT : WriteResult.DONE;
    }

    private static Object[] idThenColumns(Flow flow) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(flow.id().value());
        parameters.addAll(FlowRow.values(flow));
        return parameters.toArray();
    }

    private static boolean exists(Connection connection, FlowId id) throws SQLException {
        return Database.query(connection, EXISTS, rows -> rows.next(), id.value());
    }
}
