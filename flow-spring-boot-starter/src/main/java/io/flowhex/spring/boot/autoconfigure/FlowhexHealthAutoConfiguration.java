package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.application.FlowhexApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code flowhex} health contributor, when the host has Spring Boot's health support: readiness
 * on the stores. Off with {@code management.health.flowhex.enabled=false}.
 */
@AutoConfiguration(after = FlowhexAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(FlowhexApplication.class)
@ConditionalOnEnabledHealthIndicator("flowhex")
public class FlowhexHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "flowhexHealthIndicator")
    public FlowhexHealthIndicator flowhexHealthIndicator(FlowhexApplication application) {
        return new FlowhexHealthIndicator(application.health());
    }
}
