/**
 * Policy documents for the application: parses RAM policy JSON into the domain's compiled
 * {@code Policy}, and caches compiled policies per stored version.
 */
package io.flowhex.application.policy;
