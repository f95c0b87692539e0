package io.flowhex.application.port.out;

import java.net.URI;

/**
 * Driven port: takes the Flow JSON file that UpdateFlowJSONAsset's {@code FilePath} names. An
 * implementation keeps the limits of the spec ("Flow JSON assets"): http or https only, at most
 * {@link #MAX_FILE_BYTES}, bounded time and redirects, never a link-local address, and only hosts
 * its operator allows. A refusal changes nothing anywhere, so a caller can simply report it.
 */
@FunctionalInterface
public interface FlowJsonSource {

    /** Meta's limit for a Flow JSON file, 10 MiB: no source returns more, a source may be set lower. */
    int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /**
     * The whole file, byte for byte, whatever it contains (validating it is the caller's job).
     *
     * @param filePath the URL as the client sent it
     * @return a fresh array the caller owns; empty for an empty file
     * @throws FetchRefusedException when the file cannot be taken; its reason says why and its
     *                               message can be shown to the client as it is
     */
    byte[] fetch(URI filePath) throws FetchRefusedException;
}
