package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.application.FlowhexApplication;

/**
 * A bean of this type changes the application builder after the {@code flowhex.*} properties were
 * applied and before it is built: for the settings that are objects rather than values (a shared
 * {@code CallQuota}, a {@code Clock}, a {@code FlowIdGenerator}, other preview links). Customizers run
 * in their {@code @Order}.
 */
@FunctionalInterface
public interface FlowhexApplicationCustomizer {

    void customize(FlowhexApplication.Builder builder);
}
