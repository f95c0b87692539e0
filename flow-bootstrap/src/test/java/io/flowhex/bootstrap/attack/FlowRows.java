package io.flowhex.bootstrap.attack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * What the store holds for one account's flows, read straight from PostgreSQL on a connection of the
 * test's own, outside the server: every column of each flow and of its Flow JSON file, as one text.
 * Two equal texts mean that nothing the account owns changed in between.
 */
final class FlowRows implements AutoCloseable {

    private static final String ROWS = """
            SELECT f.*, a.sha256, a.json_version AS file_json_version, a.data_api_version AS file_data_api_version,
                   a.validation_errors
            FROM flowhex_flow f LEFT JOIN flowhex_flow_asset a ON a.flow_id = f.id
            WHERE f.account_id = ? ORDER BY f.id""";

    private final Connection connection;
    private final String accountId;

    FlowRows(AttackPostgres database, String accountId) throws SQLException {
        this.connection = database.connect();
        this.accountId = accountId;
    }

    /** Every flow of the account, one line each, all columns. */
    String read() {
        StringBuilder rows = new StringBuilder();
        try (PreparedStatement select = connection.prepareStatement(ROWS)) {
            select.setString(1, accountId);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Object[] row = new Object[columns.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = columns.getColumnLabel(i + 1) + "=" + result.getString(i + 1);
                    }
                    rows.append(Arrays.toString(row)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the flows of " + accountId + " could not be read", e);
        }
        return rows.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
