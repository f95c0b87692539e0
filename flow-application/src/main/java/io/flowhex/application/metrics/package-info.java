/**
 * The application's own measurements of its driven stores: decorators that time every call of a store
 * port and report it to {@link io.flowhex.application.port.out.FlowMetrics}, so no adapter has to.
 */
package io.flowhex.application.metrics;
