/**
 * JMH benchmarks of the JDBC adapter on H2 and PostgreSQL (embedded, from Maven-shipped binaries):
 * GetFlow against a raw primary-key SELECT on the same pool, and GetFlow as the flow table grows.
 */
package io.flowhex.benchmarks.jdbc;
