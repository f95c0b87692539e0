package io.flowhex.application;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.AttachedPolicy;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.EnumMap;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreCounts;

/**
 * All seven store ports on ConcurrentHashMaps, for application tests that cannot use the in-memory
 * adapter (it depends on this module). Just enough behaviour for the use cases to run.
 */
final class MapStores implements FlowhexStores {

    private record Named(AccountId account, String name) {
    }

    private final Map<FlowId, Flow> flows = new ConcurrentHashMap<>();
    private final Map<FlowId, FlowAsset> assets = new ConcurrentHashMap<>();
    private final Map<AccountId, Account> accounts = new ConcurrentHashMap<>();
    private final Map<AccessKeyId, AccessKey> accessKeys = new ConcurrentHashMap<>();
    private final Map<Named, RamUser> ramUsers = new ConcurrentHashMap<>();
    private final Map<Named, StoredPolicy> policies = new ConcurrentHashMap<>();
    private final Map<Named, Set<PolicyHolder>> attachments = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    @Override
    public FlowRepository flows() {
        return new FlowRepository() {
            @Override
            public Optional<Flow> findById(FlowId id) {
                return Optional.ofNullable(flows.get(id));
            }

            @Override
            public WriteResult save(Flow flow) {
                flows.put(flow.id(), flow);
                return WriteResult.DONE;
            }

            @Override
            public WriteResult create(Flow flow) {
                return flows.putIfAbsent(flow.id(), flow) == null ? WriteResult.DONE : WriteResult.ID_TAKEN;
            }

            @Override
            public WriteResult update(Flow next, long expectedRevision) {
                Flow current = flows.get(next.id());
                return current != null && current.revision() == expectedRevision && flows.replace(next.id(), current, next)
                        ? WriteResult.DONE : WriteResult.CONFLICT;
            }

            @Override
            public WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
                WriteResult result = update(next, expectedRevision);
                if (result == WriteResult.DONE) {
                    assets.put(next.id(), asset);
                }
                return result;
            }

            @Override
            public WriteResult delete(FlowId id, long expectedRevision) {
                Flow current = flows.get(id);
                if (current == null || current.revision() != expectedRevision || !flows.remove(id, current)) {
                    return WriteResult.CONFLICT;
                }
                assets.remove(id);
                return WriteResult.DONE;
            }

            @Override
            public Optional<FlowAsset> findAsset(FlowId id) {
                return Optional.ofNullable(assets.get(id));
            }

            @Override
            public Optional<CheckedFlow> findWithFlowJsonCheck(FlowId id) {
                return findById(id).map(flow -> new CheckedFlow(flow, findAsset(id).map(FlowAsset::check)));
            }

            @Override
            public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
                    PageRequest page) {
                return flows.values().stream().filter(flow -> flow.owner().equals(owner))
                        .filter(flow -> space.map(flow.space()::equals).orElse(true))
                        .filter(flow -> nameContains.map(flow.name().value()::contains).orElse(true))
                        .map(FlowSummary::of).sorted(FlowSummary.NEWEST_FIRST)
                        .skip(page.offset()).limit(page.size()).toList();
            }

            @Override
            public boolean updatePreview(FlowId id, Preview preview) {
                return flows.computeIfPresent(id, (key, flow) -> flow.withPreview(preview)) != null;
            }
        };
    }

    @Override
    public AccountRepository accounts() {
        return new AccountRepository() {
            @Override
            public Optional<Account> findById(AccountId id) {
                return Optional.ofNullable(accounts.get(id));
            }

            @Override
            public void save(Account account) {
                accounts.put(account.id(), account);
            }
        };
    }

    @Override
    public AccessKeyRepository accessKeys() {
        return new AccessKeyRepository() {
            @Override
            public Optional<AccessKey> findById(AccessKeyId id) {
                return Optional.ofNullable(accessKeys.get(id));
            }

            @Override
            public void save(AccessKey key) {
                accessKeys.put(key.id(), key);
            }
        };
    }

    @Override
    public RamUserRepository ramUsers() {
        return new RamUserRepository() {
            @Override
            public Optional<RamUser> find(AccountId account, PrincipalName name) {
                return Optional.ofNullable(ramUsers.get(new Named(account, name.value())));
            }

            @Override
            public void save(RamUser user) {
                ramUsers.putIfAbsent(new Named(user.account(), user.name().value()), user);
            }
        };
    }

    @Override
    public PolicyRepository policies() {
        return new PolicyRepository() {
            @Override
            public StoredPolicy put(AccountId account, PolicyName name, String document) {
                return policies.compute(new Named(account, name.value()), (key, old) -> {
                    if (old == null) {
                        return new StoredPolicy(account, name, 1, document);
                    }
                    return old.document().equals(document) ? old
                            : new StoredPolicy(account, name, old.version() + 1, document);
                });
            }

            @Override
            public Optional<StoredPolicy> find(AccountId account, PolicyName name) {
                return Optional.ofNullable(policies.get(new Named(account, name.value())));
            }

            @Override
            public boolean attach(AccountId account, PolicyName name, PolicyHolder holder) {
                Named key = new Named(account, name.value());
                if (!policies.containsKey(key)) {
                    return false;
                }
                attachments.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(holder);
                return true;
            }

            @Override
            public boolean detach(AccountId account, PolicyName name, PolicyHolder holder) {
                return attachments.getOrDefault(new Named(account, name.value()), Set.of()).remove(holder);
            }

            @Override
            public List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders) {
                return attachments.entrySet().stream()
                        .filter(entry -> entry.getKey().account().equals(account))
                        .flatMap(entry -> entry.getValue().stream().filter(holders::contains)
                                .map(holder -> new AttachedPolicy(holder, policies.get(entry.getKey()))))
                        .toList();
            }
        };
    }

    @Override
    public NonceStore nonces() {
        return (accessKeyId, nonce, now, expiresAt) -> {
            AtomicBoolean fresh = new AtomicBoolean();
            nonces.compute(accessKeyId.value() + "\n" + nonce, (key, recorded) -> {
                if (recorded != null && recorded.isAfter(now)) {
                    return recorded;
                }
                fresh.set(true);
                return expiresAt;
            });
            return fresh.get();
        };
    }

    @Override
    public StoreHealth health() {
        return () -> true;
    }

    @Override
    public StoreAdministration administration() {
        return new StoreAdministration() {
            @Override
            public void clearAll() {
                List.of(flows, assets, accounts, accessKeys, ramUsers, policies, attachments, nonces).forEach(Map::clear);
            }

            @Override
            public boolean clearAccount(AccountId account) {
                flows.values().removeIf(flow -> flow.owner().equals(account));
                assets.keySet().removeIf(id -> !flows.containsKey(id));
                accessKeys.values().removeIf(key -> {
                    boolean owned = key.owner().account().equals(account);
                    if (owned) {
                        nonces.keySet().removeIf(nonce -> nonce.startsWith(key.id().value() + "\n"));
                    }
                    return owned;
                });
                ramUsers.keySet().removeIf(named -> named.account().equals(account));
                policies.keySet().removeIf(named -> named.account().equals(account));
                attachments.keySet().removeIf(named -> named.account().equals(account));
                return accounts.remove(account) != null;
            }

            @Override
            public StoreCounts counts() {
                Map<FlowStatus, Long> byStatus = new EnumMap<>(FlowStatus.class);
                flows.values().forEach(flow -> byStatus.merge(flow.status(), 1L, Long::sum));
                return new StoreCounts(accounts.size(), accessKeys.size(), byStatus);
            }
        };
    }

    private boolean inProcess;

    /** Declares these stores in process (as the in-memory adapter's are), or not (the default, as a database's). */
    MapStores inProcess(boolean value) {
        this.inProcess = value;
        return this;
    }

    @Override
    public boolean inProcess() {
        return inProcess;
    }
}
