/**
 * Flow JSON files for the application: checks a file's bytes against flowhex's documented subset of
 * Meta's Flow JSON rules, yielding the domain's {@code FlowJsonCheck} (versions read, validation
 * errors) without ever throwing on what the file holds.
 */
package io.flowhex.application.flowjson;
