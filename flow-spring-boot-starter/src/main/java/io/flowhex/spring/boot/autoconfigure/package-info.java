/**
 * Spring Boot auto-configuration of flowhex: the {@code FlowhexApplication} on the host's
 * {@code DataSource} or in memory, the CAMS endpoint on a port of its own, the {@code flowhex.*}
 * properties, the health contributor and the metrics binding. The only package of flowhex that sees
 * Spring; found through {@code META-INF/spring/...AutoConfiguration.imports}, never by scanning.
 */
package io.flowhex.spring.boot.autoconfigure;
