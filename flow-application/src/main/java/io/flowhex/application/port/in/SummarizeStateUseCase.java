package io.flowhex.application.port.in;

/** Driving port: what the server holds, counted, for an operator or a test suite between tests. */
@FunctionalInterface
public interface SummarizeStateUseCase {

    StateSummary summary() throws ProvisioningException;
}
