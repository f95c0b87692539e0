package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ListFlow's query: one page of an account's flows, newest first and ties by FlowId
 * ({@code ORDER BY created_at DESC, id}), which the index on (account, [space,] created_at DESC, id)
 * yields in order, so a page reads its rows and stops. The ORDER BY names the index's leading
 * columns too: the WHERE clause fixes them, so the order is the same, and H2 reads rows in index
 * order only for an ORDER BY that starts where the index does (PostgreSQL either way). The name
 * filter is a {@code LIKE} whose pattern escapes {@code %}, {@code _} and the escape character
 * itself: the text asked for is matched literally, case-sensitive, on both databases.
 *
 * <p>The page's offset and size are written into the statement as numbers, the one exception to
 * "every value is bound", and a safe one: they are the integers {@link PageRequest} has range-checked
 * (never the client's text). Bound, PostgreSQL's generic plan of the prepared statement must guess a
 * limit it cannot see, prices the page as a 10,000-row read, never wins the plan cache's comparison,
 * and the page is planned anew on every call: about half of ListFlow's time on PostgreSQL, measured by
 * the benchmarks' {@code ListPlanProbe}. Written in, the statement has one plan, prepared once per
 * page shape; the first page of 20, by far the most asked for, is always the same text.
 */
final class FlowListing {

    private static final String SELECT = "SELECT id, name, categories, created_at FROM flowhex_flow WHERE account_id = ?";
    private static final String IN_SPACE = " AND space_id = ?";
    private static final String NAME_CONTAINS = " AND name LIKE ? ESCAPE '\\'";
    private static final String ACCOUNT_ORDER = " ORDER BY account_id, created_at DESC, id";
    private static final String SPACE_ORDER = " ORDER BY account_id, space_id, created_at DESC, id";
    private static final String PAGE = " OFFSET %d ROWS FETCH NEXT %d ROWS ONLY";

    private static final String ALL = SELECT + ACCOUNT_ORDER;
    private static final String SPACE = SELECT + IN_SPACE + SPACE_ORDER;
    private static final String NAMED = SELECT + NAME_CONTAINS + ACCOUNT_ORDER;
    private static final String SPACE_NAMED = SELECT + IN_SPACE + NAME_CONTAINS + SPACE_ORDER;
    private static final String FIRST_PAGE = page(PageRequest.ofDefaults());

    private FlowListing() {
    }

    /** The statement for one page of a listing in one space or all, filtered by name or not. */
    static String statement(boolean inSpace, boolean byName, PageRequest page) {
        String query;
        if (inSpace) {
            query = byName ? SPACE_NAMED : SPACE;
        } else {
            query = byName ? NAMED : ALL;
        }
        return query + (page.equals(PageRequest.ofDefaults()) ? FIRST_PAGE : page(page));
    }

    private static String page(PageRequest page) {
        // %d of a long and an int: digits only, whatever the locale
        return String.format(Locale.ROOT, PAGE, page.offset(), page.size());
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
