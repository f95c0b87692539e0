/**
 * JMH benchmarks of the JDBC adapter on H2 and PostgreSQL (embedded, from Maven-shipped binaries):
 * GetFlow against a raw primary-key SELECT on the same pool, GetFlow as the flow table grows, and the
 * flow lifecycle (CreateFlow, ListFlow, PublishFlow) against the raw statements it cannot do without;
 * plus {@code ListPlanProbe}, a diagnosis of ListFlow's statement on PostgreSQL.
 */
package io.flowhex.benchmarks.jdbc;
