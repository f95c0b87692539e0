package io.flowhex.application;

import io.flowhex.application.policy.PolicyDocumentParser;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.application.port.in.ProvisionedPolicy;
import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowLifecycleException;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import java.util.Optional;

/**
 * Applies provisioning changes after checking their references, so a store never holds a key
 * without an owner, a flow outside its account's spaces, or a policy RAM would reject.
 */
final class ProvisioningService implements ProvisionUseCase {

    private final AccountRepository accounts;
    private final RamUserRepository ramUsers;
    private final AccessKeyRepository accessKeys;
    private final PolicyRepository policies;
    private final FlowRepository flows;
    private final PolicyDocumentParser parser;

    ProvisioningService(AccountRepository accounts, RamUserRepository ramUsers, AccessKeyRepository accessKeys,
            PolicyRepository policies, FlowRepository flows, PolicyDocumentParser parser) {
        this.accounts = accounts;
        this.ramUsers = ramUsers;
        this.accessKeys = accessKeys;
        this.policies = policies;
        this.flows = flows;
        this.parser = parser;
    }

    @Override
    public void saveAccount(Account account) {
        OperatorCalls.run(() -> accounts.save(account));
    }

    @Override
    public Optional<Account> findAccount(AccountId id) {
        return OperatorCalls.call(() -> accounts.findById(id));
    }

    @Override
    public void createRamUser(AccountId account, PrincipalName userName) {
        OperatorCalls.run(() -> {
            requireAccount(account);
            ramUsers.save(new RamUser(account, userName));
        });
    }

    @Override
    public void saveAccessKey(AccessKey key) {
        OperatorCalls.run(() -> {
            requireAccount(key.owner().account());
            if (key.owner() instanceof RamUser user && ramUsers.find(user.account(), user.name()).isEmpty()) {
                throw ProvisioningException.invalid("UserName", "RAM user " + user.name() + " does not exist");
            }
            if (key.owner() instanceof RoleSession session && session.sessionPolicy().isPresent()) {
                validate(session.sessionPolicy().get());
            }
            accessKeys.findById(key.id())
                    .filter(existing -> !existing.owner().equals(key.owner()))
                    .ifPresent(existing -> {
                        throw ProvisioningException.invalid("AccessKeyId", "the AccessKey belongs to another principal");
                    });
            accessKeys.save(key);
        });
    }

    @Override
    public Optional<AccessKey> findAccessKey(AccessKeyId id) {
        return OperatorCalls.call(() -> accessKeys.findById(id));
    }

    @Override
    public void setAccessKeyStatus(AccessKeyId id, AccessKeyStatus status) {
        OperatorCalls.run(() -> {
            AccessKey key = accessKeys.findById(id)
                    .orElseThrow(() -> ProvisioningException.invalid("AccessKeyId", "no such AccessKey"));
            accessKeys.save(key.withStatus(status));
        });
    }

    @Override
    public ProvisionedPolicy putPolicy(AccountId account, PolicyName name, String document) {
        return OperatorCalls.call(() -> {
            requireAccount(account);
            validate(document);
            return provisioned(policies.put(account, name, document));
        });
    }

    @Override
    public Optional<ProvisionedPolicy> findPolicy(AccountId account, PolicyName name) {
        return OperatorCalls.call(() -> policies.find(account, name).map(ProvisioningService::provisioned));
    }

    @Override
    public void attachPolicy(AccountId account, PolicyName name, PolicyHolder holder) {
        OperatorCalls.run(() -> {
            requireAccount(account);
            if (holder.kind() == PolicyHolder.Kind.USER
                    && ramUsers.find(account, new PrincipalName(holder.name())).isEmpty()) {
                throw ProvisioningException.invalid("UserName", "RAM user " + holder.name() + " does not exist");
            }
            if (!policies.attach(account, name, holder)) {
                throw ProvisioningException.invalid("PolicyName", "policy " + name + " does not exist");
            }
        });
    }

    @Override
    public void detachPolicy(AccountId account, PolicyName name, PolicyHolder holder) {
        OperatorCalls.run(() -> policies.detach(account, name, holder));
    }

    @Override
    public void saveFlow(Flow flow) {
        OperatorCalls.run(() -> {
            Account owner = requireAccount(flow.owner());
            if (!owner.owns(flow.space())) {
                throw ProvisioningException.invalid("CustSpaceId",
                        "space " + flow.space() + " is not a space of account " + flow.owner());
            }
            for (int attempt = 0; attempt < FlowChanges.MAX_ATTEMPTS; attempt++) {
                Optional<Flow> existing = flows.findById(flow.id());
                WriteResult result = existing.isEmpty() ? flows.create(flow) : replace(existing.get(), flow);
                if (result == WriteResult.NAME_TAKEN) {
                    throw ProvisioningException.invalid("FlowName", "another flow of the account and space is named so");
                }
                if (result == WriteResult.DONE) {
                    return;
                }
            }
            throw ProvisioningException.unavailable();
        });
    }

    /**
     * The operator's replacement of a stored flow: the same account and space, and a status the
     * flow may reach by the operator's own transitions (the domain's, as the API's are), so the two
     * paths cannot drift apart. The revision moves on, so an API change read before it cannot apply
     * on top of it; the creation time stays. Unchanged values write nothing.
     */
    private WriteResult replace(Flow stored, Flow wanted) {
        if (!stored.owner().equals(wanted.owner())) {
            throw ProvisioningException.invalid("FlowId", "flow " + wanted.id() + " belongs to another account");
        }
        if (!stored.space().equals(wanted.space())) {
            throw ProvisioningException.invalid("CustSpaceId", "flow " + wanted.id() + " is in another space");
        }
        if (stored.status() != wanted.status()) {
            try {
                stored.setByOperator(wanted.status());
            } catch (FlowLifecycleException e) {
                throw ProvisioningException.invalid("Status", e.getMessage());
            }
        }
        Flow next = new Flow(wanted.id(), wanted.owner(), wanted.space(), wanted.name(), wanted.categories(),
                wanted.status(), wanted.jsonVersion(), wanted.dataApiVersion(), wanted.endpointUri(),
                wanted.preview().isPresent() ? wanted.preview() : stored.preview(), stored.createdAt(),
                Math.addExact(stored.revision(), 1));
        if (sameValues(stored, next)) {
            return WriteResult.DONE;
        }
        return flows.update(next, stored.revision());
    }

    private static boolean sameValues(Flow stored, Flow next) {
        return stored.equals(new Flow(next.id(), next.owner(), next.space(), next.name(), next.categories(),
                next.status(), next.jsonVersion(), next.dataApiVersion(), next.endpointUri(), next.preview(),
                stored.createdAt(), stored.revision()));
    }

    @Override
    public void setFlowStatus(FlowId id, FlowStatus status) {
        OperatorCalls.run(() -> {
            for (int attempt = 0; attempt < FlowChanges.MAX_ATTEMPTS; attempt++) {
                Flow stored = flows.findById(id)
                        .orElseThrow(() -> ProvisioningException.flowNotFound(id));
                Flow next;
                try {
                    next = stored.setByOperator(status);
                } catch (FlowLifecycleException e) {
                    throw ProvisioningException.invalid("Status", e.getMessage());
                }
                if (flows.update(next, stored.revision()) == WriteResult.DONE) {
                    return;
                }
            }
            throw ProvisioningException.unavailable();
        });
    }

    @Override
    public Optional<Flow> findFlow(FlowId id) {
        return OperatorCalls.call(() -> flows.findById(id));
    }

    private static ProvisionedPolicy provisioned(StoredPolicy stored) {
        return new ProvisionedPolicy(stored.name(), stored.version(), stored.document());
    }

    private Account requireAccount(AccountId id) {
        return accounts.findById(id)
                .orElseThrow(() -> ProvisioningException.invalid("AccountId", "account " + id + " does not exist"));
    }

    private void validate(String document) {
        try {
            parser.parse(document);
        } catch (InvalidPolicyException e) {
            throw ProvisioningException.invalid("PolicyDocument", e.getMessage());
        }
    }
}
