/**
 * Driven adapter for {@link io.flowhex.application.port.out.FlowJsonSource}: fetches Flow JSON
 * files over http(s) with the JDK's client, refusing every URL, address, size and delay the
 * spec forbids ({@link io.flowhex.adapter.http.HttpFlowJsonSource}, configured by
 * {@link io.flowhex.adapter.http.FetchSettings}).
 */
package io.flowhex.adapter.http;
