/**
 * Driving adapter for the CAMS RPC protocol: {@link io.flowhex.adapter.rest.CamsRpcHandler} turns an
 * immutable HTTP request value into a response value, independent of any HTTP server or framework.
 */
package io.flowhex.adapter.rest;
