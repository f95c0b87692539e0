package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.MutableClock;
import io.flowhex.testkit.TestSignatures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two applications on one database, each with a store of its own, as two server instances have:
 * what one instance changes, the other applies within the bound the README states (at once for
 * access keys, policies and flows; within the account cache's TTL for accounts), and a link one
 * issues opens on the other. The serving instance's account cache runs on a counter the test moves,
 * so no check depends on how fast the machine is.
 */
abstract class TwoInstanceChecks {

    abstract DataSource freshDatabase();

    private static final Duration TTL = JdbcStoreOptions.DEFAULT_ACCOUNT_CACHE_TTL;
    private static final URI LINKS = URI.create("https://links.flowhex.test");
    private static final String STRING_TO_SIGN = "ACS3-HMAC-SHA256\n0123456789abcdef";

    private final AtomicLong nanoTime = new AtomicLong();
    private final MutableClock clock = MutableClock.atDefaultStart();
    private FlowhexApplication serving;
    private FlowhexApplication other;
    private Account account;
    private AccessKey key;
    private Flow flow;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        DataSource database = freshDatabase();
        JdbcFlowStore otherStore = JdbcFlowStore.create(database);
        JdbcFlowStore servingStore = JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).build());
        other = FlowhexApplication.custom().stores(otherStore).clock(clock).previewBaseUrl(LINKS).build();
        serving = FlowhexApplication.custom().stores(servingStore)
                .accounts(new JdbcAccountRepository(new Database(database), TTL, nanoTime::get))
                .clock(clock).previewBaseUrl(LINKS).build();
        account = Fixtures.account(Ids.accountId(), Fixtures.spaceId());
        other.provision().saveAccount(account);
        key = Fixtures.activeKey(new RootPrincipal(account.id()));
        other.provision().saveAccessKey(key);
        flow = Fixtures.flow(account.id(), account.spaces().iterator().next()).build();
        other.provision().saveFlow(flow);
    }

    private AuthenticationRequest signed() {
        return new AuthenticationRequest(key.id().value(), SignatureScheme.ACS3_HMAC_SHA256, List.of(STRING_TO_SIGN),
                TestSignatures.sign(SignatureScheme.ACS3_HMAC_SHA256, key.secret().reveal(), STRING_TO_SIGN),
                TestSignatures.signingTime(clock.instant()), "nonce-" + Fixtures.next());
    }

    private Preview getFlowOn(FlowhexApplication app) {
        return app.getFlow().getFlow(new GetFlowQuery(new RootPrincipal(account.id()), flow.id(), Optional.empty(),
                new CallContext(Optional.of("192.0.2.10"), true, key.id()))).preview();
    }

    @Test
    @DisplayName("an AccessKey disabled through one instance is refused by the next call through the other: keys are not cached")
    void disabledKeyIsRefusedAtOnce() {
        assertThat(serving.authenticate().authenticate(signed()).accessKeyId()).isEqualTo(key.id());

        other.provision().setAccessKeyStatus(key.id(), AccessKeyStatus.INACTIVE);

        AuthenticationException refused = catchThrowableOfType(() -> serving.authenticate().authenticate(signed()),
                AuthenticationException.class);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.ACCESS_KEY_INACTIVE);
    }

    @Test
    @DisplayName("an account unsubscribed through one instance is refused through the other once the account cache's TTL has passed, and not earlier")
    void unsubscribedAccountIsRefusedWithinTheTtl() {
        getFlowOn(serving);

        other.provision().saveAccount(account.withSubscription(false));
        nanoTime.addAndGet(TTL.toNanos() - 1);
        assertThat(getFlowOn(serving)).as("the bound: one nanosecond before the TTL, the cached account").isNotNull();
        nanoTime.addAndGet(1);

        FlowApiException refused = catchThrowableOfType(() -> getFlowOn(serving), FlowApiException.class);
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.PRODUCT_UNSUBSCRIBED);
    }

    @Test
    @DisplayName("a preview link issued through one instance opens through the other: the link key is the database's")
    void linksOpenOnEitherInstance() {
        Preview preview = getFlowOn(other);
        String query = preview.url().getRawQuery();
        long expires = Long.parseLong(query.replaceAll(".*expires=(\\d+).*", "$1"));
        String token = query.replaceAll(".*token=([^&]+).*", "$1");

        assertThat(serving.previewPage().open(flow.id(), expires, token)).isPresent();
        assertThat(serving.previewPage().open(flow.id(), expires, token.substring(1) + "A")).isEmpty();
    }
}
