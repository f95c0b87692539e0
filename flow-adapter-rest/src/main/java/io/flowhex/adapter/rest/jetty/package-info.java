/** A Jetty 12 host for {@link io.flowhex.adapter.rest.CamsRpcHandler}: connector, limits, JSON error pages. */
package io.flowhex.adapter.rest.jetty;
