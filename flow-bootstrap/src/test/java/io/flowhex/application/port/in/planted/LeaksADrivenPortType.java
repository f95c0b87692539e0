package io.flowhex.application.port.in.planted;

import io.flowhex.application.port.out.StoredPolicy;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;

/** Planted violation: a driving port that hands its callers a driven port's record. */
public interface LeaksADrivenPortType {

    StoredPolicy putPolicy(AccountId account, PolicyName name, String document);
}
