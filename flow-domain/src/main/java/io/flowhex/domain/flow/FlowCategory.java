package io.flowhex.domain.flow;

import java.util.Objects;

/** The eight categories WhatsApp Flows (and so CAMS) accept; the wire name is the constant's name. */
public enum FlowCategory {
    SIGN_UP,
    SIGN_IN,
    APPOINTMENT_BOOKING,
    LEAD_GENERATION,
    CONTACT_US,
    CUSTOMER_SUPPORT,
    SURVEY,
    OTHER;

    /** Parses the wire name exactly (CAMS is case-sensitive here). */
    public static FlowCategory fromWire(String name) {
        Objects.requireNonNull(name, "category must not be null");
        for (FlowCategory category : values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown flow category");
    }
}
