package io.flowhex.application.policy;

import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.Policy;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled policies by a key of the caller's choosing, so that GetFlow's hot path parses a stored
 * policy document once per version instead of once per request.
 *
 * <p>The key must change whenever the document does — for example a record of account id, policy
 * name and version number — because a cached entry is never compared with the text again; an
 * updated policy (new version, new key) is compiled on its next use.
 *
 * <p>Invalid documents are cached as failures: each use throws a new {@link InvalidPolicyException}
 * with the same reason, without parsing the bad document on every request, and the failure is
 * never mistaken for a valid policy.
 *
 * <p>Size is bounded; when full, arbitrary entries are evicted, just enough to make room. No
 * background thread, no lock on the read path, and an evicted entry costs one parse to restore.
 *
 * @param <K> the cache key; needs value-based {@code equals}/{@code hashCode}
 */
public final class CompiledPolicyCache<K> {

    public static final int DEFAULT_MAXIMUM_SIZE = 10_000;

    private final PolicyDocumentParser parser;
    private final int maximumSize;
    private final ConcurrentHashMap<K, Compiled> entries = new ConcurrentHashMap<>();

    public CompiledPolicyCache(PolicyDocumentParser parser) {
        this(parser, DEFAULT_MAXIMUM_SIZE);
    }

    public CompiledPolicyCache(PolicyDocumentParser parser, int maximumSize) {
        this.parser = Objects.requireNonNull(parser, "parser");
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1, was " + maximumSize);
        }
        this.maximumSize = maximumSize;
    }

    /**
     * The compiled policy for {@code key}, compiling {@code documentText} on the key's first use.
     *
     * @throws InvalidPolicyException if the document stored under this key is invalid
     */
    public Policy get(K key, String documentText) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(documentText, "documentText");
        Compiled compiled = entries.get(key);
        if (compiled == null) {
            makeRoom();
            // computeIfAbsent: concurrent first uses of one key compile it once.
            compiled = entries.computeIfAbsent(key, ignored -> compile(documentText));
        }
        return compiled.policyOrThrow();
    }

    /** How many keys are cached now. */
    public int size() {
        return entries.size();
    }

    private Compiled compile(String documentText) {
        try {
            return new Compiled(parser.parse(documentText), null);
        } catch (InvalidPolicyException e) {
            return new Compiled(null, e.reason());
        }
    }

    private void makeRoom() {
        Iterator<K> keys = entries.keySet().iterator();
        while (entries.size() >= maximumSize && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** Either a policy or the reason its document is invalid. */
    private record Compiled(Policy policy, String invalidReason) {
        Policy policyOrThrow() {
            if (policy == null) {
                throw new InvalidPolicyException(invalidReason);
            }
            return policy;
        }
    }
}
