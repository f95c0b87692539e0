package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKeys;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.testkit.contract.StoreAdministrationContract;
import io.flowhex.testkit.contract.LinkSigningKeysContract;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Everything the adapter is checked for on one kind of database: the testkit's contracts and
 * scenarios, and the adapter's own checks. Each database's test class extends it.
 */
abstract class DatabaseChecks {

    /** The store under test, shared by every check of the JVM on this database. */
    abstract JdbcFlowStore store();

    /** A store on the same database through another DataSource, as a second server would have. */
    abstract JdbcFlowStore secondInstance();

    /** A database nobody has used yet. */
    abstract DataSource freshDatabase();

    /** The DataSource of {@link #store()}. */
    abstract DataSource dataSource();

    @Nested
    @DisplayName("shares one call quota between instances")
    class CallQuotas extends CallQuotaChecks {
        @Override
        JdbcFlowStore store() {
            return DatabaseChecks.this.store();
        }

        @Override
        JdbcFlowStore secondInstance() {
            return DatabaseChecks.this.secondInstance();
        }

        @Override
        DataSource dataSource() {
            return DatabaseChecks.this.dataSource();
        }

        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("passes the testkit's contracts and scenarios")
    class Contracts extends ContractChecks {
        @Override
        FlowhexStores stores() {
            return store();
        }
    }

    @Nested
    @DisplayName("resets and counts (a fresh database each test)")
    class Administration extends StoreAdministrationContract {
        @Override
        protected FlowhexStores stores() {
            return JdbcFlowStore.create(freshDatabase());
        }
    }

    @Nested
    @DisplayName("keeps one link signing key for every instance")
    class LinkKeys extends LinkSigningKeysContract {
        @Override
        protected Supplier<LinkSigningKeys> emptyStore() {
            DataSource database = freshDatabase();
            JdbcFlowStore.create(database);
            JdbcStoreOptions noMigration = JdbcStoreOptions.custom().schemaOnStart(JdbcStoreOptions.SchemaOnStart.NONE).build();
            // each instance has a store (and a Database) of its own on the one database
            return () -> JdbcFlowStore.create(database, noMigration).linkSigningKeys().orElseThrow();
        }
    }

    @Nested
    @DisplayName("lets a second instance apply what the first changed, within the stated bounds")
    class TwoInstances extends TwoInstanceChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("keeps every value")
    class RoundTrips extends RoundTripChecks {
        @Override
        JdbcFlowStore store() {
            return DatabaseChecks.this.store();
        }
    }

    @Nested
    @DisplayName("lets one instance win each nonce race")
    class NonceRaces extends NonceRaceChecks {
        @Override
        List<NonceStore> instances() {
            return List.of(store().nonces(), secondInstance().nonces());
        }
    }

    @Nested
    @DisplayName("purges expired nonces")
    class NoncePurges extends NoncePurgeChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("caches account reads")
    class AccountCache extends AccountCacheChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("reuses flow decodings")
    class DecodedFlows extends DecodedFlowChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("migrates its schema")
    class Migrations extends MigrationChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("upgrades a version 1 database")
    class Upgrades extends UpgradeChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("writes a flow and its Flow JSON in one transaction")
    class ConnectionLoss extends ConnectionLossChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("upgrades a version 1 database to the flow lifecycle")
    class LifecycleUpgrades extends LifecycleUpgradeChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }

    @Nested
    @DisplayName("lists flows in index order")
    class ListingPlans extends ListingPlanChecks {
        @Override
        DataSource freshDatabase() {
            return DatabaseChecks.this.freshDatabase();
        }
    }
}
