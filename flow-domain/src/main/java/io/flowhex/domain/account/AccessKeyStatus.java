package io.flowhex.domain.account;

/** Whether an AccessKey may sign calls; the wire names are RAM's ({@code Active}, {@code Inactive}). */
public enum AccessKeyStatus {
    ACTIVE("Active"),
    INACTIVE("Inactive");

    private final String wireName;

    AccessKeyStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AccessKeyStatus fromWire(String name) {
        for (AccessKeyStatus status : values()) {
            if (status.wireName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("AccessKey status must be Active or Inactive");
    }
}
