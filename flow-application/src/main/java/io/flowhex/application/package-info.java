/**
 * The application core: {@link io.flowhex.application.FlowhexApplication}, the one builder an
 * embedder calls, and the package-private use-case services it wires from driven ports.
 */
package io.flowhex.application;
