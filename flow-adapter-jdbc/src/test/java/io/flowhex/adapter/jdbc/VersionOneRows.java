package io.flowhex.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What the upgrade checks share: the tables of schema version 1, raw inserts, and their row counts. */
final class VersionOneRows {

    /** Every table of schema version 1. */
    static final List<String> TABLES = List.of("flowhex_account", "flowhex_account_space", "flowhex_flow",
            "flowhex_access_key", "flowhex_ram_user", "flowhex_policy", "flowhex_policy_attachment", "flowhex_nonce");

    private VersionOneRows() {
    }

    static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Rows per version 1 table, in {@link #TABLES}' order. */
    static Map<String, Integer> rowCounts(DataSource database) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        return counts;
    }
}
