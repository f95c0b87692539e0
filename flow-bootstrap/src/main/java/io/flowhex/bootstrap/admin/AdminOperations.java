package io.flowhex.bootstrap.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.in.ResetStateUseCase;
import io.flowhex.application.port.in.StateSummary;
import io.flowhex.application.port.in.SummarizeStateUseCase;
import io.flowhex.bootstrap.fixtures.FixtureException;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowStatus;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each admin endpoint does, through the driving ports only. Changes run one at a time, so an
 * import never interleaves with a reset; each is logged by what it did, never with a token or a secret.
 */
final class AdminOperations {

    private static final Logger LOG = LoggerFactory.getLogger(AdminOperations.class);
    static final String FIXTURE_SOURCE = "fixture body";

    private final FixtureImporter importer;
    private final ResetStateUseCase reset;
    private final SummarizeStateUseCase summary;
    private final ProvisionUseCase provision;
    private final ReentrantLock changes = new ReentrantLock();

    AdminOperations(FixtureImporter importer, ResetStateUseCase reset, SummarizeStateUseCase summary,
            ProvisionUseCase provision) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.reset = Objects.requireNonNull(reset, "reset");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.provision = Objects.requireNonNull(provision, "provision");
    }

    ObjectNode importFixtures(byte[] content) {
        FixtureImporter.Summary imported = change(() -> {
            try {
                return importer.importContent(content, FIXTURE_SOURCE);
            } catch (FixtureException e) {
                if (e.isStoreUnavailable()) {
                    throw AdminError.storeUnavailable();
                }
                throw AdminError.badRequest("Admin.InvalidFixture", e.getMessage());
            }
        });
        LOG.info("admin: fixtures imported: {} accounts, {} AccessKeys, {} flows, {} replaced", imported.accounts(),
                imported.accessKeys(), imported.flows(), imported.replaced());
        ObjectNode data = AdminReplies.JSON.createObjectNode();
        data.put("Accounts", imported.accounts());
        data.put("AccessKeys", imported.accessKeys());
        data.put("RamUsers", imported.ramUsers());
        data.put("Policies", imported.policies());
        data.put("Flows", imported.flows());
        data.put("Replaced", imported.replaced());
        return data;
    }

    ObjectNode resetAll() {
        change(() -> {
            reset.resetAll();
            return null;
        });
        LOG.info("admin: every account reset");
        ObjectNode data = AdminReplies.JSON.createObjectNode();
        data.put("Reset", "all");
        return data;
    }

    ObjectNode resetAccount(String accountId) {
        AccountId account = parse(() -> new AccountId(accountId), "Admin.InvalidAccountId", "The account id is not valid.");
        boolean held = change(() -> reset.resetAccount(account));
        LOG.info("admin: account {} reset (it existed: {})", account.value(), held);
        ObjectNode data = AdminReplies.JSON.createObjectNode();
        data.put("AccountId", account.value());
        data.put("Existed", held);
        return data;
    }

    /** The operator's moves of the lifecycle table only (THROTTLED, BLOCKED and back); the domain decides. */
    ObjectNode setFlowStatus(String flowId, String status) {
        FlowId id = parse(() -> new FlowId(flowId), "Admin.InvalidFlowId", "The flow id is not valid.");
        FlowStatus wanted = parse(() -> FlowStatus.fromWire(status), "Admin.InvalidStatus",
                "Status must be one of " + Arrays.toString(FlowStatus.values()) + ".");
        change(() -> {
            provision.setFlowStatus(id, wanted);
            return null;
        });
        LOG.info("admin: flow {} set to {}", id.value(), wanted);
        ObjectNode data = AdminReplies.JSON.createObjectNode();
        data.put("FlowId", id.value());
        data.put("Status", wanted.name());
        return data;
    }

    ObjectNode summary() {
        StateSummary state = provisioning(summary::summary);
        ObjectNode data = AdminReplies.JSON.createObjectNode();
        data.put("Accounts", state.accounts());
        data.put("AccessKeys", state.accessKeys());
        ObjectNode flows = data.putObject("Flows");
        flows.put("Total", state.flows());
        state.flowsByStatus().forEach((status, count) -> flows.put(status.name(), count));
        state.limiter().ifPresent(limiter -> {
            ObjectNode node = data.putObject("Limiter");
            node.put("TrackedAccounts", limiter.trackedAccounts());
            node.put("TrackedActions", limiter.trackedActions());
        });
        return data;
    }

    private <T> T change(Supplier<T> work) {
        changes.lock();
        try {
            return provisioning(work);
        } finally {
            changes.unlock();
        }
    }

    private static <T> T provisioning(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProvisioningException e) {
            if (e.errorCode() == ErrorCode.SERVICE_UNAVAILABLE) {
                throw AdminError.storeUnavailable();
            }
            if (e.errorCode() == ErrorCode.RESOURCE_NOT_OWNED) {
                throw new AdminError(404, "Admin.FlowNotFound", "No flow has this id.");
            }
            // the reason is for the operator, and the admin API's caller is one
            throw AdminError.badRequest(e.code(), e.reason());
        }
    }

    private static <T> T parse(Supplier<T> value, String code, String message) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminError.badRequest(code, message);
        }
    }
}
