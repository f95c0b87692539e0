package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKeys;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreHealth;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The JDBC adapter's entry point: every persistence port of flowhex on one {@link DataSource},
 * H2 or PostgreSQL 15+. Hand it to the application builder with
 * {@code FlowhexApplication.custom().stores(JdbcFlowStore.create(dataSource))}.
 *
 * <p>The store keeps no connection: each call borrows one from the DataSource and returns it, so
 * pooling (HikariCP or any other) is the embedder's choice, and a database that restarts is used
 * again by the next call. Failures of the database surface as
 * {@link io.flowhex.application.port.out.StoreUnavailableException}. Thread-safe.
 */
public final class JdbcFlowStore implements FlowhexStores {

    private final JdbcStoreOptions options;
    private final FlowRepository flows;
    private final AccountRepository accounts;
    private final AccessKeyRepository accessKeys;
    private final RamUserRepository ramUsers;
    private final PolicyRepository policies;
    private final NonceStore nonces;
    private final StoreHealth health;
    private final StoreAdministration administration;
    private final LinkSigningKeys linkSigningKeys;
    private final Database database;

    private JdbcFlowStore(DataSource dataSource, JdbcStoreOptions options) {
        Database database = new Database(dataSource);
        this.database = database;
        this.options = options;
        this.flows = new JdbcFlowRepository(database, options.decodedFlowCacheSize());
        JdbcAccountRepository accountRepository = new JdbcAccountRepository(database, options.accountCacheTtl());
        this.accounts = accountRepository;
        this.accessKeys = new JdbcAccessKeyRepository(database);
        this.ramUsers = new JdbcRamUserRepository(database);
        this.policies = new JdbcPolicyRepository(database);
        this.nonces = new JdbcNonceStore(database, options.noncePurgeInterval(), options.noncePurgeBatchSize());
        this.health = new JdbcStoreHealth(dataSource);
        this.administration = new JdbcStoreAdministration(database, accountRepository);
        this.linkSigningKeys = new JdbcLinkSigningKeys(database);
    }

    /** A store with {@link JdbcStoreOptions#ofDefaults()}: migrates the schema before returning. */
    public static JdbcFlowStore create(DataSource dataSource) {
        return create(dataSource, JdbcStoreOptions.ofDefaults());
    }

    /**
     * A store on this DataSource. Unless the options say {@link JdbcStoreOptions.SchemaOnStart#NONE},
     * the schema is migrated or validated first.
     *
     * @throws IllegalStateException when the database's flowhex schema is newer than this code, or
     *     (without migration) not the one it ships
     * @throws io.flowhex.application.port.out.StoreUnavailableException when the database does not
     *     answer while the schema is checked
     */
    public static JdbcFlowStore create(DataSource dataSource, JdbcStoreOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        SchemaMigrations.onStart(dataSource, options);
        return new JdbcFlowStore(dataSource, options);
    }

    @Override
    public FlowRepository flows() {
        return flows;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public AccessKeyRepository accessKeys() {
        return accessKeys;
    }

    @Override
    public RamUserRepository ramUsers() {
        return ramUsers;
    }

    @Override
    public PolicyRepository policies() {
        return policies;
    }

    @Override
    public NonceStore nonces() {
        return nonces;
    }

    @Override
    public StoreHealth health() {
        return health;
    }

    @Override
    public StoreAdministration administration() {
        return administration;
    }

    /** The link key kept in the database: every application on it signs links alike. */
    @Override
    public Optional<LinkSigningKeys> linkSigningKeys() {
        return Optional.of(linkSigningKeys);
    }

    /**
     * The call quota shared through this store's database by every instance on it, with the given
     * settings; hand it to the application builder's {@code callQuota(...)}. Each call makes a new
     * quota object on the same table: instances share the budgets, not the objects.
     */
    public JdbcCallQuota callQuota(JdbcCallQuotaOptions quotaOptions) {
        return new JdbcCallQuota(database, Objects.requireNonNull(quotaOptions, "quotaOptions"));
    }

    /** The shared call quota with {@link JdbcCallQuotaOptions#ofDefaults()}. */
    public JdbcCallQuota callQuota() {
        return callQuota(JdbcCallQuotaOptions.ofDefaults());
    }

    /**
     * Whether this store's database is PostgreSQL: a server that several instances connect to, where an
     * embedder shares the call quota by default (the server's {@code --quota} and the starter's
     * {@code flowhex.quota} choose so); H2 is otherwise the in-process database of one instance.
     *
     * @throws io.flowhex.application.port.out.StoreUnavailableException if the database does not answer
     */
    public boolean onPostgreSql() {
        return database.call("flowhex database", connection -> database.dialect(connection) == Dialect.POSTGRESQL);
    }

    /** Names the settings only: a DataSource's own toString may show a URL or user. */
    @Override
    public String toString() {
        return "JdbcFlowStore[" + options + "]";
    }
}
