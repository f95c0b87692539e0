package io.flowhex.bootstrap.attack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The world every server of the attack suite serves, written as a fixture file by the test itself:
 *
 * <ul>
 *   <li>three isolation accounts, each with two spaces and one flow in each, a root key, a RAM user
 *       allowed {@code cams:GetFlow} and a RAM user with the same Allow plus an explicit Deny;</li>
 *   <li>an account for generated requests, one whose quota is hammered and two bystanders, one for
 *       load (store faults, soak) and one for replay and time checks.</li>
 * </ul>
 *
 * Ids, names and secrets are fixed (no random data); every secret is distinctive enough that finding
 * it in a log or a body cannot be a coincidence.
 */
final class AttackFixture {

    enum Role { ROOT, ALLOWED_USER, DENIED_USER }

    /** An AccessKey and whose it is. */
    record Key(String accessKeyId, String secret, String accountId, Role role) {
        @Override
        public String toString() {
            return role + " key " + accessKeyId + " of " + accountId;
        }
    }

    record FlowRef(String flowId, String accountId, String spaceId, String flowName) {
    }

    /** An account with its spaces, keys and flows; {@code qps} empty means the server's default. */
    record AccountRef(String accountId, List<String> spaces, List<Key> keys, List<FlowRef> flows, OptionalInt qps) {
        Key key(Role role) {
            return keys.stream().filter(k -> k.role() == role).findFirst().orElseThrow();
        }

        FlowRef flowIn(String space) {
            return flows.stream().filter(f -> f.spaceId().equals(space)).findFirst().orElseThrow();
        }
    }

    static final String ALLOW_DOCUMENT =
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\",\"Resource\":\"*\"}]}";
    static final String DENY_DOCUMENT =
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"cams:*\",\"Resource\":\"*\"}]}";
    /** A flow id no account has. */
    static final String UNKNOWN_FLOW_ID = "9999999999999999";

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<AccountRef> isolation = List.of(isolationAccount(1), isolationAccount(2), isolationAccount(3));
    /** Generated requests: a quota far above anything the suite sends. */
    final AccountRef fuzz = single("7700000000000004", "fuzz", OptionalInt.of(100_000));
    /** The account sixteen threads hammer; its limit is {@link #HAMMERED_QPS}. */
    final AccountRef hammered = single("7700000000000005", "hammered", OptionalInt.of(HAMMERED_QPS));
    /** Accounts calling at a modest pace while another account is hammered; the server's default quota. */
    final List<AccountRef> bystanders = List.of(single("7700000000000006", "bystander1", OptionalInt.empty()),
            single("7700000000000007", "bystander2", OptionalInt.empty()));
    /** Sustained load for store faults and the soak. */
    final AccountRef load = single("7700000000000008", "load", OptionalInt.of(100_000));
    /** Replay and time checks: a root key and an allowed RAM user. */
    final AccountRef replay = isolationShaped("7700000000000009", "replay", OptionalInt.of(100_000));

    static final int HAMMERED_QPS = 20;

    List<AccountRef> accounts() {
        List<AccountRef> all = new ArrayList<>(isolation);
        all.add(fuzz);
        all.add(hammered);
        all.addAll(bystanders);
        all.add(load);
        all.add(replay);
        return all;
    }

    List<Key> keys() {
        return accounts().stream().flatMap(a -> a.keys().stream()).toList();
    }

    List<String> secrets() {
        return keys().stream().map(Key::secret).toList();
    }

    List<FlowRef> flows() {
        return accounts().stream().flatMap(a -> a.flows().stream()).toList();
    }

    Optional<FlowRef> flow(String flowId) {
        return flows().stream().filter(f -> f.flowId().equals(flowId)).findFirst();
    }

    /** Writes the fixture file into {@code directory} and returns its path. */
    Path writeTo(Path directory) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode accounts = root.putArray("accounts");
        for (AccountRef account : accounts()) {
            accounts.add(accountNode(account));
        }
        Path file = directory.resolve("attack-fixtures.json");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static ObjectNode accountNode(AccountRef account) {
        ObjectNode node = JSON.createObjectNode();
        node.put("accountId", account.accountId());
        node.put("subscribed", true);
        account.qps().ifPresent(qps -> node.put("qps", qps));
        ArrayNode spaces = node.putArray("spaces");
        account.spaces().forEach(spaces::add);
        keyNodes(node.putArray("accessKeys"), account, Role.ROOT);
        boolean hasUsers = account.keys().size() > 1;
        if (hasUsers) {
            ArrayNode policies = node.putArray("policies");
            policies.add(policyNode("ReadFlows", ALLOW_DOCUMENT));
            policies.add(policyNode("DenyFlows", DENY_DOCUMENT));
            ArrayNode users = node.putArray("ramUsers");
            users.add(userNode(account, Role.ALLOWED_USER, "reader", List.of("ReadFlows")));
            users.add(userNode(account, Role.DENIED_USER, "denied", List.of("ReadFlows", "DenyFlows")));
        }
        ArrayNode flows = node.putArray("flows");
        for (FlowRef flow : account.flows()) {
            ObjectNode f = flows.addObject();
            f.put("flowId", flow.flowId());
            f.put("custSpaceId", flow.spaceId());
            f.put("flowName", flow.flowName());
            f.putArray("categories").add("SIGN_UP");
            f.put("status", "DRAFT");
            f.put("jsonVersion", "3.0");
            f.put("dataApiVersion", "3.0");
        }
        return node;
    }

    private static void keyNodes(ArrayNode out, AccountRef account, Role role) {
        for (Key key : account.keys()) {
            if (key.role() == role) {
                ObjectNode k = out.addObject();
                k.put("accessKeyId", key.accessKeyId());
                k.put("accessKeySecret", key.secret());
            }
        }
    }

    private static ObjectNode policyNode(String name, String document) {
        ObjectNode policy = JSON.createObjectNode();
        policy.put("policyName", name);
        try {
            policy.set("document", JSON.readTree(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return policy;
    }

    private static ObjectNode userNode(AccountRef account, Role role, String name, List<String> policies) {
        ObjectNode user = JSON.createObjectNode();
        user.put("userName", name);
        ArrayNode attached = user.putArray("policies");
        policies.forEach(attached::add);
        keyNodes(user.putArray("accessKeys"), account, role);
        return user;
    }

    private static AccountRef isolationAccount(int n) {
        return isolationShaped("770000000000000" + n, "iso" + n, OptionalInt.of(1_000));
    }

    /** Two spaces with a flow each, a root key, an allowed and a denied RAM user. */
    private static AccountRef isolationShaped(String accountId, String label, OptionalInt qps) {
        List<String> spaces = List.of("cams-" + label + "-a", "cams-" + label + "-b");
        List<FlowRef> flows = List.of(
                new FlowRef(accountId.substring(8) + "01", accountId, spaces.get(0), label + "-flow-in-a"),
                new FlowRef(accountId.substring(8) + "02", accountId, spaces.get(1), label + "-flow-in-b"));
        List<Key> keys = List.of(key(label, "Root", accountId, Role.ROOT), key(label, "Reader", accountId, Role.ALLOWED_USER),
                key(label, "Denied", accountId, Role.DENIED_USER));
        return new AccountRef(accountId, spaces, keys, flows, qps);
    }

    /** One space, one flow, a root key. */
    private static AccountRef single(String accountId, String label, OptionalInt qps) {
        String space = "cams-" + label;
        return new AccountRef(accountId, List.of(space), List.of(key(label, "Root", accountId, Role.ROOT)),
                List.of(new FlowRef(accountId.substring(8) + "01", accountId, space, label + "-flow")), qps);
    }

    private static Key key(String label, String role, String accountId, Role kind) {
        String id = "LTAI5tAttack" + Character.toUpperCase(label.charAt(0)) + label.substring(1) + role;
        return new Key(id, "AtkSecret/" + label + role + "+~*" + accountId.substring(12), accountId, kind);
    }
}
