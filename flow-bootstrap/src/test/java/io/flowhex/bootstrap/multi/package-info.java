/**
 * The multi-instance test: several {@code flow-server.jar} processes on one PostgreSQL, called over
 * HTTP as a load balancer's clients would, checking what the instances must share (quota, nonces,
 * flows, the lifecycle, link keys) and what survives one being killed.
 */
package io.flowhex.bootstrap.multi;
