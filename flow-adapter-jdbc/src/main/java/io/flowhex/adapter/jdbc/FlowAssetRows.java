package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowJsonCheck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A flow's Flow JSON in {@code flowhex_flow_asset}: one row per flow, the bytes as they were
 * fetched, their SHA-256, the versions and the validation errors ({@link ValidationErrorsText}).
 * The row goes with its flow: the foreign key deletes it with the flow, in the same statement.
 */
final class FlowAssetRows {

    static final String FIND = "SELECT content, sha256, json_version, data_api_version, validation_errors"
            + " FROM flowhex_flow_asset WHERE flow_id = ?";
    private static final PerDialect PUT = PerDialect.of(dialect -> dialect.upsert("flowhex_flow_asset",
            List.of("flow_id"), List.of("content", "sha256", "json_version", "data_api_version", "validation_errors")));

    private FlowAssetRows() {
    }

    /** Stores the asset as the flow's, replacing the one it had. */
    static void put(Connection connection, Dialect dialect, FlowId id, FlowAsset asset) throws SQLException {
        FlowJsonCheck check = asset.check();
        Database.update(connection, PUT.in(dialect),
                id.value(),
                asset.content(),
                asset.sha256(),
                FlowRow.column(check.version()),
                FlowRow.column(check.dataApiVersion()),
                ValidationErrorsText.write(check.errors()));
    }

    /**
     * The asset of the current row. Its bytes must still have the SHA-256 stored with them: a row
     * altered outside flowhex fails here rather than be served as the flow's file.
     */
    static FlowAsset read(ResultSet row) throws SQLException {
        FlowAsset asset = FlowAsset.of(row.getBytes(1), check(row, 3));
        if (!asset.sha256().equals(row.getString(2))) {
            throw new IllegalStateException("a stored Flow JSON does not match its SHA-256");
        }
        return asset;
    }

    /** The check stored with a file: its versions and validation errors, from column {@code first} on. */
    static FlowJsonCheck check(ResultSet row, int first) throws SQLException {
        return new FlowJsonCheck(FlowRow.version(row.getString(first)), FlowRow.version(row.getString(first + 1)),
                ValidationErrorsText.read(row.getString(first + 2)));
    }

    static Optional<FlowAsset> readIfAny(ResultSet rows) throws SQLException {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
    }
}
