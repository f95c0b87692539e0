package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Policy documents as text with a version per name, and their attachments to holders. The
 * principal's policies load with one join, whatever the number of holders asked for.
 */
final class JdbcPolicyRepository implements PolicyRepository {

    private static final String STORE = "policy store";

    private static final String FIND =
            "SELECT version, document FROM flowhex_policy WHERE account_id = ? AND name = ?";
    /** Bumps the version only when the text changes; the row lock orders concurrent puts of one name. */
    private static final String REPLACE = """
            UPDATE flowhex_policy
            SET version = CASE WHEN document = ? THEN version ELSE version + 1 END, document = ?
            WHERE account_id = ? AND name = ?""";
    private static final String INSERT =
            "INSERT INTO flowhex_policy (account_id, name, version, document) VALUES (?, ?, 1, ?)";
    private static final String EXISTS = "SELECT 1 FROM flowhex_policy WHERE account_id = ? AND name = ?";
    private static final PerDialect ATTACH = PerDialect.of(dialect -> dialect.upsert("flowhex_policy_attachment",
            List.of("account_id", "holder_kind", "holder_name", "policy_name"), List.of()));
    private static final String DETACH = """
            DELETE FROM flowhex_policy_attachment
            WHERE account_id = ? AND holder_kind = ? AND holder_name = ? AND policy_name = ?""";
    private static final String ATTACHED_TO = """
            SELECT a.holder_kind, a.holder_name, p.name, p.version, p.document
            FROM flowhex_policy_attachment a
            JOIN flowhex_policy p ON p.account_id = a.account_id AND p.name = a.policy_name
            WHERE a.account_id = ? AND (%s)
            ORDER BY a.holder_kind, a.holder_name, p.name""";
    private static final String ONE_HOLDER = "(a.holder_kind = ? AND a.holder_name = ?)";

    private final Database database;

    JdbcPolicyRepository(Database database) {
        this.database = database;
    }

    @Override
    public StoredPolicy put(AccountId account, PolicyName name, String document) {
        // Update first: an existing name (the common case on re-import) costs one statement. A new
        // name is inserted; if a concurrent put inserted it first, the transaction is retried and
        // then takes the update path.
        long version = database.inTransaction(STORE, connection -> {
            if (Database.update(connection, REPLACE, document, document, account.value(), name.value()) == 0) {
                Database.update(connection, INSERT, account.value(), name.value(), document);
                return 1L;
            }
            return Database.query(connection, FIND, rows -> {
                rows.next();
                return rows.getLong("version");
            }, account.value(), name.value());
        });
        return new StoredPolicy(account, name, version, document);
    }

    @Override
    public Optional<StoredPolicy> find(AccountId account, PolicyName name) {
        return database.call(STORE, connection -> Database.query(connection, FIND,
                rows -> rows.next()
                        ? Optional.of(new StoredPolicy(account, name, rows.getLong("version"), rows.getString("document")))
                        : Optional.<StoredPolicy>empty(),
                account.value(), name.value()));
    }

    @Override
    public boolean attach(AccountId account, PolicyName name, PolicyHolder holder) {
        return database.inTransaction(STORE, connection -> {
            if (!Database.query(connection, EXISTS, ResultSet::next, account.value(), name.value())) {
                return false;
            }
            Database.update(connection, ATTACH.in(database.dialect(connection)),
                    account.value(), holder.kind().name(), holder.name(), name.value());
            return true;
        });
    }

    @Override
    public boolean detach(AccountId account, PolicyName name, PolicyHolder holder) {
        return database.call(STORE, connection -> Database.update(connection, DETACH,
                account.value(), holder.kind().name(), holder.name(), name.value())) > 0;
    }

    @Override
    public List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders) {
        List<PolicyHolder> distinct = List.copyOf(new LinkedHashSet<>(holders));
        if (distinct.isEmpty()) {
            return List.of();
        }
        String sql = ATTACHED_TO.formatted(String.join(" OR ", Collections.nCopies(distinct.size(), ONE_HOLDER)));
        Object[] parameters = new Object[1 + 2 * distinct.size()];
        parameters[0] = account.value();
        for (int i = 0; i < distinct.size(); i++) {
            parameters[1 + 2 * i] = distinct.get(i).kind().name();
            parameters[2 + 2 * i] = distinct.get(i).name();
        }
        return database.call(STORE, connection -> Database.query(connection, sql,
                rows -> attachedPolicies(account, rows), parameters));
    }

    private static List<AttachedPolicy> attachedPolicies(AccountId account, ResultSet rows) throws SQLException {
        List<AttachedPolicy> attached = new ArrayList<>();
        while (rows.next()) {
            PolicyHolder holder = new PolicyHolder(
                    PolicyHolder.Kind.valueOf(rows.getString("holder_kind")), rows.getString("holder_name"));
            StoredPolicy policy = new StoredPolicy(account, new PolicyName(rows.getString("name")),
                    rows.getLong("version"), rows.getString("document"));
            attached.add(new AttachedPolicy(holder, policy));
        }
        return attached;
    }
}
