package io.flowhex.adapter.jdbc;

import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SchemaVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PublishFlow's statements: the flow read with its Flow JSON's check in one join (never the file's
 * bytes, up to 10 MiB, which publication does not need), and the publication itself as one
 * conditional UPDATE, so that a publication nothing refuses is one round trip.
 *
 * <p>The UPDATE's conditions are {@code Flow.publish}'s (a DRAFT; a file; no validation errors; a
 * publishable version; an endpoint when the file names a {@code data_api_version}) plus ownership, and
 * the testkit's contract checks them against the domain's method cell by cell. The file's conditions
 * are read by a sub-select that does not depend on the updated row, with the flow's revision: PostgreSQL
 * evaluates it once (an InitPlan, whose value the re-check after a lock wait reuses), so the row is
 * updated only if its revision is still the one the check was read with. (Were a re-check to read the
 * sub-select again, as H2 may, it would read the flow and its file as committed together, which is as
 * consistent.) A file uploaded in between (which moves
 * the revision on, in the same transaction as the file) makes the UPDATE change nothing, and the caller
 * falls back to the domain's path on what is stored then. Zero rows says only "not now": which refusal
 * applies is the domain's to say.
 */
final class FlowPublication {

    private static final List<String> CHECK_COLUMNS = List.of("a.flow_id", "a.json_version", "a.data_api_version",
            "a.validation_errors");

    /** The flow's columns in {@link FlowRow}'s order, then whether it has a file and that file's check. */
    static final String FIND_CHECKED = "SELECT "
            + FlowRow.COLUMNS.stream().map(column -> "f." + column).collect(Collectors.joining(", ")) + ", "
            + String.join(", ", CHECK_COLUMNS)
            + " FROM flowhex_flow f LEFT JOIN flowhex_flow_asset a ON a.flow_id = f.id WHERE f.id = ?";

    private static final String PUBLISH = "UPDATE flowhex_flow SET status = '" + FlowStatus.PUBLISHED.name()
            + "', revision = revision + 1 WHERE id = ? AND account_id = ?%s AND status = '" + FlowStatus.DRAFT.name()
            + "' AND revision = (SELECT f.revision FROM flowhex_flow f JOIN flowhex_flow_asset a ON a.flow_id = f.id"
            + " WHERE f.id = ? AND a.validation_errors = '' AND a.json_version IN (%s)"
            + " AND (a.data_api_version IS NULL OR f.endpoint_uri IS NOT NULL))";
    private static final String IN_SPACE = " AND space_id = ?";

    /** The statement for one set of publishable versions, which is one per application: kept. */
    private record Statements(PublishableVersions publishable, List<String> versions, String anySpace,
            String inSpace) {

        static Statements of(PublishableVersions publishable) {
            List<String> versions = new ArrayList<>(publishable.versions().stream().map(SchemaVersion::value).toList());
            // sorted: one text per set, so the driver's statement cache keeps one entry for it
            Collections.sort(versions);
            String markers = String.join(", ", Collections.nCopies(versions.size(), "?"));
            return new Statements(publishable, List.copyOf(versions), PUBLISH.formatted("", markers),
                    PUBLISH.formatted(IN_SPACE, markers));
        }
    }

    private volatile Statements last = Statements.of(PublishableVersions.ofDefaults());

    /** The publishing UPDATE of one flow and its parameters, in the statement's order. */
    record Update(String sql, Object[] parameters) {
    }

    /** The UPDATE that publishes {@code id} if the rule accepts it, for these versions, in the space if one is given. */
    Update publish(String id, String owner, Optional<String> space, PublishableVersions publishable) {
        Statements statements = statements(publishable);
        List<Object> parameters = new ArrayList<>(4 + statements.versions().size());
        parameters.add(id);
        parameters.add(owner);
        space.ifPresent(parameters::add);
        parameters.add(id);
        parameters.addAll(statements.versions());
        return new Update(space.isPresent() ? statements.inSpace() : statements.anySpace(), parameters.toArray());
    }

    private Statements statements(PublishableVersions publishable) {
        Statements statements = last;
        if (!statements.publishable().equals(publishable)) {
            statements = Statements.of(publishable);
            last = statements;
        }
        return statements;
    }

    /** The check read by {@link #FIND_CHECKED} after the flow's columns; empty when the flow has no file. */
    static Optional<FlowJsonCheck> check(ResultSet row) throws SQLException {
        int first = FlowRow.COLUMNS.size() + 1;
        if (row.getString(first) == null) {
            return Optional.empty();
        }
        return Optional.of(FlowAssetRows.check(row, first + 1));
    }
}
