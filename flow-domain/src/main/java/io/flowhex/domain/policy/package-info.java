/**
 * RAM policy model and evaluator: compiled policy documents, request context and the decision that
 * says whether a principal may call an action, and which policy type denied it.
 */
package io.flowhex.domain.policy;
