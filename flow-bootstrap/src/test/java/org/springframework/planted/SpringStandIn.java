package org.springframework.planted;

/**
 * Stands in for a Spring class in the planted violation of "only the starter sees Spring", so that
 * flow-bootstrap needs no Spring dependency, not even for its tests. Only the architecture test loads it.
 */
public final class SpringStandIn {

    public static Object bean() {
        return new SpringStandIn();
    }
}
