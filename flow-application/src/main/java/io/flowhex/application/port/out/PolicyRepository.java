package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Driven port: policy documents, stored as text, and their attachments to users, roles and the
 * account's control policies. The application parses and validates documents; stores only keep them.
 */
public interface PolicyRepository {

    /**
     * Stores the document under its name. A new name starts at version 1; a changed text gets the
     * next version; the same text again keeps the stored version (so re-importing changes nothing).
     */
    StoredPolicy put(AccountId account, PolicyName name, String document);

    Optional<StoredPolicy> find(AccountId account, PolicyName name);

    /** Attaches an existing policy; attaching twice is the same as once. False if no such policy. */
    boolean attach(AccountId account, PolicyName name, PolicyHolder holder);

    /** Detaches; false when it was not attached. */
    boolean detach(AccountId account, PolicyName name, PolicyHolder holder);

    /** Every policy attached to any of these holders of the account, in one lookup. */
    List<AttachedPolicy> attachedTo(AccountId account, Collection<PolicyHolder> holders);
}
