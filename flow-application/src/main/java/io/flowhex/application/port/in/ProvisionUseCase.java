package io.flowhex.application.port.in;

import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import java.util.Optional;

/**
 * Driving port: set up what GetFlow reads (fixtures, admin tools, tests). Every operation is
 * idempotent: applying the same change twice leaves the same state as applying it once. References
 * are checked (a key's owner, a flow's account and space, an attached policy must exist); policy
 * documents are validated before they are stored. The {@code find} operations read back what was
 * provisioned, so a tool can tell an unchanged entry from a changed one before it writes anything.
 */
public interface ProvisionUseCase {

    /** Creates or replaces an account (subscription, spaces, QPS overrides). */
    void saveAccount(Account account) throws ProvisioningException;

    Optional<Account> findAccount(AccountId id) throws ProvisioningException;

    void createRamUser(AccountId account, PrincipalName userName) throws ProvisioningException;

    /** Stores a key for the account's root, one of its RAM users, or a role session. */
    void saveAccessKey(AccessKey key) throws ProvisioningException;

    /** The key with its secret: this port is for operators, never for API clients. */
    Optional<AccessKey> findAccessKey(AccessKeyId id) throws ProvisioningException;

    void setAccessKeyStatus(AccessKeyId id, AccessKeyStatus status) throws ProvisioningException;

    /** Validates and stores a policy document; an unchanged document keeps its version. */
    ProvisionedPolicy putPolicy(AccountId account, PolicyName name, String document) throws ProvisioningException;

    Optional<ProvisionedPolicy> findPolicy(AccountId account, PolicyName name) throws ProvisioningException;

    void attachPolicy(AccountId account, PolicyName name, PolicyHolder holder) throws ProvisioningException;

    void detachPolicy(AccountId account, PolicyName name, PolicyHolder holder) throws ProvisioningException;

    /**
     * Creates a flow of an existing account, in one of that account's spaces, in any status; or
     * replaces one, in the same account and space, whose status may change only by the operator's
     * moves of the lifecycle table (see {@link #setFlowStatus}): a flow is published by PublishFlow,
     * never by the operator.
     */
    void saveFlow(Flow flow) throws ProvisioningException;

    /**
     * The operator's status change (THROTTLED and BLOCKED are the operator's to set; Meta sets them
     * by endpoint health): only the moves the lifecycle table allows the operator, never DRAFT.
     */
    void setFlowStatus(FlowId id, FlowStatus status) throws ProvisioningException;

    /** The flow with this id, whichever account owns it. */
    Optional<Flow> findFlow(FlowId id) throws ProvisioningException;
}
