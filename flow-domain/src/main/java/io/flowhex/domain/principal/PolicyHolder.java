package io.flowhex.domain.principal;

import java.util.Objects;

/**
 * What a policy is attached to inside an account: a RAM user, a RAM role, or the account's control
 * policies (guard rails over every RAM principal of the account, never over root).
 */
public record PolicyHolder(Kind kind, String name) {

    public enum Kind { USER, ROLE, CONTROL }

    private static final String ACCOUNT_WIDE = "*";

    public PolicyHolder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (kind == Kind.CONTROL ? !name.equals(ACCOUNT_WIDE) : !isPrincipalName(name)) {
            throw new IllegalArgumentException("invalid policy holder name for " + kind);
        }
    }

    public static PolicyHolder user(PrincipalName name) {
        return new PolicyHolder(Kind.USER, name.value());
    }

    public static PolicyHolder role(PrincipalName name) {
        return new PolicyHolder(Kind.ROLE, name.value());
    }

    public static PolicyHolder control() {
        return new PolicyHolder(Kind.CONTROL, ACCOUNT_WIDE);
    }

    private static boolean isPrincipalName(String name) {
        try {
            new PrincipalName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
