package io.flowhex.bootstrap.server;

import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The demo account loaded on first start: one subscribed account, one space, one flow, one root
 * AccessKey. The secret is random when first created and read back from the store afterwards, so
 * it stays the same across restarts of a persistent store.
 */
final class DemoData {

    static final AccountId ACCOUNT = new AccountId("1234567890123456");
    static final SpaceId SPACE = new SpaceId("cams-demo-space");
    static final FlowId FLOW = new FlowId("92675332812643");
    static final AccessKeyId KEY = new AccessKeyId("LTAI5tFlowhexDemoKey");
    /** A fixed creation time: the demo flow is the same on every start, whatever the clock says. */
    private static final Instant CREATED = Instant.EPOCH;

    record Credentials(AccessKeyId accessKeyId, AccessKeySecret secret, AccountId account, FlowId flowId, SpaceId space) {
    }

    private DemoData() {
    }

    static Credentials ensure(ProvisionUseCase provision) {
        Optional<AccessKey> existing = provision.findAccessKey(KEY);
        if (existing.isPresent()) {
            return new Credentials(KEY, existing.get().secret(), ACCOUNT, FLOW, SPACE);
        }
        provision.saveAccount(Account.subscribed(ACCOUNT, Set.of(SPACE)));
        provision.saveFlow(new Flow(FLOW, ACCOUNT, SPACE, new FlowName("demo_flow"),
                FlowCategories.of(FlowCategory.SIGN_UP, FlowCategory.OTHER), FlowStatus.DRAFT,
                Optional.of(new SchemaVersion("3.0")), Optional.of(new SchemaVersion("3.0")),
                Optional.of(EndpointUri.parse("https://example.com/endpoint")), Optional.empty(),
                CREATED, 0));
        AccessKeySecret secret = AccessKeySecret.of(randomSecret());
        provision.saveAccessKey(new AccessKey(KEY, secret, new RootPrincipal(ACCOUNT), AccessKeyStatus.ACTIVE));
        return new Credentials(KEY, secret, ACCOUNT, FLOW, SPACE);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[22];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
