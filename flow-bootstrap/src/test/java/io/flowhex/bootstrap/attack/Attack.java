package io.flowhex.bootstrap.attack;

import io.flowhex.adapter.rest.client.RpcCall;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One generated malformed request, described so that a failing case can be read and replayed: a
 * call signed as {@code variant} (possibly with a made-up AccessKeyId, with the right secret), then
 * tampered with on the wire. Signing happens when the request is built, so every build carries a
 * fresh nonce and the current time; nothing in the verdict depends on them.
 *
 * @param expectedCodes the codes this request may be answered with; any other documented code is a
 *                      finding too, because it means a check ran in an unexpected order or not at all
 */
record Attack(Category category, String description, CallVariant variant, RpcCall call, String accessKeyId,
        Tamper tamper, Set<String> expectedCodes) {

    /** A change to a signed request, with what it does in words. */
    record Tamper(String description, UnaryOperator<WireRequest> change) {
        static final Tamper NONE = new Tamper("unchanged after signing", UnaryOperator.identity());

        WireRequest apply(WireRequest request) {
            return change.apply(request);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    Attack {
        Objects.requireNonNull(category, "category");
        expectedCodes = Set.copyOf(expectedCodes);
        if (expectedCodes.isEmpty()) {
            throw new IllegalArgumentException("an attack needs expected codes");
        }
        if (!ErrorContract.DOCUMENTED.keySet().containsAll(expectedCodes)) {
            throw new IllegalArgumentException("undocumented expected code among " + expectedCodes);
        }
    }

    /** Signs the call with {@code key}'s secret (as {@link #accessKeyId}) and tampers with it. */
    WireRequest build(AttackFixture.Key key, URI endpoint) {
        AttackFixture.Key signingKey = new AttackFixture.Key(accessKeyId, key.secret(), key.accountId(), key.role());
        return tamper.apply(Signing.as(signingKey, endpoint).wire(variant, call));
    }

    @Override
    public String toString() {
        return category + ": " + description + " [" + variant + ", " + call.method() + " " + call.action() + " "
                + call.version() + " " + call.parameters() + ", as " + accessKeyId + "; then " + tamper
                + "] expecting one of " + expectedCodes;
    }
}
