package io.flowhex.testkit;

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
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.Principal;
import io.flowhex.domain.principal.PrincipalName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic test data. Every id comes from one sequence, so tests sharing a store (one JDBC
 * schema for a whole run) never collide and need no cleanup; nothing is random.
 */
public final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    /** A readable policy that allows GetFlow on everything. */
    public static final String ALLOW_GET_FLOW =
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\",\"Resource\":\"*\"}]}";

    /** A policy that explicitly denies every CAMS action. */
    public static final String DENY_CAMS =
            "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"cams:*\",\"Resource\":\"*\"}]}";

    private Fixtures() {
    }

    public static long next() {
        return SEQUENCE.incrementAndGet();
    }

    public static AccountId accountId() {
        return new AccountId("1" + String.format("%015d", next()));
    }

    public static FlowId flowId() {
        return new FlowId("9" + String.format("%013d", next()));
    }

    public static SpaceId spaceId() {
        return new SpaceId("cams-space-" + next());
    }

    public static AccessKeyId accessKeyId() {
        return new AccessKeyId("LTAI" + next() + "Fixture");
    }

    public static AccessKeySecret secret() {
        return AccessKeySecret.of("secret-" + next() + "/+~*");
    }

    public static PrincipalName userName() {
        return new PrincipalName("user-" + next());
    }

    public static PolicyName policyName() {
        return new PolicyName("policy-" + next());
    }

    /** A subscribed account owning the given spaces, with no QPS override. */
    public static Account account(AccountId id, SpaceId... spaces) {
        return new Account(id, true, Set.of(spaces), OptionalInt.empty());
    }

    public static AccessKey activeKey(Principal owner) {
        return new AccessKey(accessKeyId(), secret(), owner, AccessKeyStatus.ACTIVE);
    }

    /** An instant with millisecond precision, as every store and the wire keep it. */
    public static Instant millis(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    public static FlowBuilder flow(AccountId owner, SpaceId space) {
        return new FlowBuilder(owner, space);
    }

    /** Builds a flow with every field set to a sensible value; change what the test is about. */
    public static final class FlowBuilder {
        private FlowId id = flowId();
        private final AccountId owner;
        private final SpaceId space;
        private FlowName name = new FlowName("flow_" + next());
        private FlowCategories categories = FlowCategories.of(FlowCategory.SIGN_UP, FlowCategory.OTHER);
        private FlowStatus status = FlowStatus.DRAFT;
        private Optional<SchemaVersion> jsonVersion = Optional.of(new SchemaVersion("3.0"));
        private Optional<SchemaVersion> dataApiVersion = Optional.of(new SchemaVersion("3.0"));
        private Optional<EndpointUri> endpoint = Optional.of(EndpointUri.parse("https://example.com/endpoint"));
        private Optional<Preview> preview = Optional.empty();
        private Instant createdAt = Instant.EPOCH;
        private long revision;

        private FlowBuilder(AccountId owner, SpaceId space) {
            this.owner = owner;
            this.space = space;
        }

        public FlowBuilder id(FlowId value) {
            this.id = value;
            return this;
        }

        public FlowBuilder name(String value) {
            this.name = new FlowName(value);
            return this;
        }

        public FlowBuilder categories(FlowCategory... values) {
            this.categories = new FlowCategories(List.of(values));
            return this;
        }

        public FlowBuilder status(FlowStatus value) {
            this.status = value;
            return this;
        }

        public FlowBuilder versions(String json, String dataApi) {
            this.jsonVersion = Optional.of(new SchemaVersion(json));
            this.dataApiVersion = Optional.of(new SchemaVersion(dataApi));
            return this;
        }

        /** A flow that has no Flow JSON yet, as CreateFlow leaves it. */
        public FlowBuilder noVersions() {
            this.jsonVersion = Optional.empty();
            this.dataApiVersion = Optional.empty();
            return this;
        }

        public FlowBuilder endpoint(String value) {
            this.endpoint = Optional.ofNullable(value).map(EndpointUri::parse);
            return this;
        }

        public FlowBuilder preview(String url, Instant expiresAt) {
            this.preview = Optional.of(Preview.of(url, millis(expiresAt)));
            return this;
        }

        public FlowBuilder noPreview() {
            this.preview = Optional.empty();
            return this;
        }

        /** When the flow was created (the epoch unless set; a schema version 1 row reads back so). */
        public FlowBuilder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** The flow's revision (0 unless set, as CreateFlow makes it). */
        public FlowBuilder revision(long value) {
            this.revision = value;
            return this;
        }

        public Flow build() {
            return new Flow(id, owner, space, name, categories, status, jsonVersion, dataApiVersion, endpoint, preview,
                    createdAt, revision);
        }
    }
}
