package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * ListFlow's query: one page of an account's flows, newest first and ties by FlowId
 * ({@code ORDER BY created_at DESC, id}), which the index on (account, [space,] created_at DESC, id)
 * yields in order, so a page reads its rows and stops. The ORDER BY names the index's leading
 * columns too: the WHERE clause fixes them, so the order is the same, and H2 reads rows in index
 * order only for an ORDER BY that starts where the index does (PostgreSQL either way). The name
 * filter is a {@code LIKE} whose pattern escapes {@code %}, {@code _} and the escape character
 * itself: the text asked for is matched literally, case-sensitive, on both databases.
 */
final class FlowListing {

    private static final String SELECT = "SELECT id, name, categories, created_at FROM flowhex_flow WHERE account_id = ?";
    private static final String IN_SPACE = " AND space_id = ?";
    private static final String NAME_CONTAINS = " AND name LIKE ? ESCAPE '\\'";
    private static final String ACCOUNT_ORDER = " ORDER BY account_id, created_at DESC, id";
    private static final String SPACE_ORDER = " ORDER BY account_id, space_id, created_at DESC, id";
    private static final String PAGE = " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private static final String ALL = SELECT + ACCOUNT_ORDER + PAGE;
    private static final String SPACE = SELECT + IN_SPACE + SPACE_ORDER + PAGE;
    private static final String NAMED = SELECT + NAME_CONTAINS + ACCOUNT_ORDER + PAGE;
    private static final String SPACE_NAMED = SELECT + IN_SPACE + NAME_CONTAINS + SPACE_ORDER + PAGE;

    private FlowListing() {
    }

    /** The statement for a listing in one space or all, filtered by name or not. */
    static String statement(boolean inSpace, boolean byName) {
        if (inSpace) {
            return byName ? SPACE_NAMED : SPACE;
        }
        return byName ? NAMED : ALL;
    }

    /** A LIKE pattern (escape character {@code \}) matching every text that contains {@code text}. */
    static String containing(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    static List<FlowSummary> read(ResultSet rows) throws SQLException {
        List<FlowSummary> page = new ArrayList<>();
        while (rows.next()) {
            page.add(new FlowSummary(new FlowId(rows.getString(1)), new FlowName(rows.getString(2)),
                    FlowRow.categories(rows.getString(3)), Database.instant(rows, 4)));
        }
        return page;
    }
}
