package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.Principal;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import io.flowhex.domain.principal.RootPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * AccessKeys, one row each with the principal they sign for flattened into columns. The secret is
 * kept as text because signatures are verified by recomputing the HMAC; it is read straight into
 * an {@link AccessKeySecret}, which never prints it.
 */
final class JdbcAccessKeyRepository implements AccessKeyRepository {

    private static final String STORE = "access key store";

    /** How the owning principal is told apart in the {@code principal_type} column. */
    private enum PrincipalType { ROOT, RAM_USER, ROLE_SESSION }

    private static final String FIND = """
            SELECT secret, status, account_id, principal_type, principal_name, session_name, session_policy
            FROM flowhex_access_key WHERE id = ?""";
    private static final PerDialect SAVE = PerDialect.of(dialect -> dialect.upsert("flowhex_access_key",
            List.of("id"),
            List.of("secret", "status", "account_id", "principal_type", "principal_name", "session_name",
                    "session_policy")));

    private final Database database;

    JdbcAccessKeyRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<AccessKey> findById(AccessKeyId id) {
        return database.call(STORE, connection -> Database.query(connection, FIND,
                rows -> rows.next() ? Optional.of(accessKey(id, rows)) : Optional.<AccessKey>empty(), id.value()));
    }

    @Override
    public void save(AccessKey key) {
        Principal owner = key.owner();
        Object[] principal = principalColumns(owner);
        database.call(STORE, connection -> Database.update(connection, SAVE.in(database.dialect(connection)),
                key.id().value(), key.secret().reveal(), key.status().name(), owner.account().value(),
                principal[0], principal[1], principal[2], principal[3]));
    }

    /** principal_type, principal_name, session_name, session_policy of the owner. */
    private static Object[] principalColumns(Principal owner) {
        if (owner instanceof RamUser user) {
            return new Object[] {PrincipalType.RAM_USER.name(), user.name().value(), null, null};
        }
        if (owner instanceof RoleSession session) {
            return new Object[] {PrincipalType.ROLE_SESSION.name(), session.role().value(),
                    session.session().value(), session.sessionPolicy().orElse(null)};
        }
        if (owner instanceof RootPrincipal) {
            return new Object[] {PrincipalType.ROOT.name(), null, null, null};
        }
        throw new IllegalArgumentException("no column mapping for principal type " + owner.getClass().getSimpleName());
    }

    private static AccessKey accessKey(AccessKeyId id, ResultSet row) throws SQLException {
        AccountId account = new AccountId(row.getString("account_id"));
        Principal owner = switch (PrincipalType.valueOf(row.getString("principal_type"))) {
            case ROOT -> new RootPrincipal(account);
            case RAM_USER -> new RamUser(account, new PrincipalName(row.getString("principal_name")));
            case ROLE_SESSION -> new RoleSession(account,
                    new PrincipalName(row.getString("principal_name")),
                    new PrincipalName(row.getString("session_name")),
                    Optional.ofNullable(row.getString("session_policy")));
        };
        return new AccessKey(id, AccessKeySecret.of(row.getString("secret")), owner,
                AccessKeyStatus.valueOf(row.getString("status")));
    }
}
