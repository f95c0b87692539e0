package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FetchRefusedException.Reason;
import java.time.Duration;

/**
 * Every message a client can read about a refused download, in one place. Each names the limit
 * that was hit and never a host, an address or an exception's text: a redirect target comes from
 * a server, not from the client, and may be internal.
 */
final class Refusals {

    private Refusals() {
    }

    /** How a message names the URL of a hop: the client's own, or one a server redirected to. */
    private static String url(int hop) {
        return hop == 0 ? "FilePath" : "a redirect of FilePath";
    }

    static FetchRefusedException notHttp(int hop) {
        return new FetchRefusedException(Reason.NOT_HTTP, url(hop) + " is not an http or https URL");
    }

    static FetchRefusedException invalidUrl(int hop) {
        return new FetchRefusedException(Reason.INVALID_URL,
                url(hop) + " is not an absolute URL with a host and without a user name or password");
    }

    static FetchRefusedException hostNotAllowed(int hop) {
        return new FetchRefusedException(Reason.HOST_NOT_ALLOWED,
                url(hop) + " names a host that is not on this server's list of allowed hosts");
    }

    static FetchRefusedException linkLocal(int hop) {
        return new FetchRefusedException(Reason.LINK_LOCAL,
                url(hop) + " leads to a link-local or cloud metadata address, which is never fetched");
    }

    static FetchRefusedException privateAddress(int hop) {
        return new FetchRefusedException(Reason.PRIVATE_ADDRESS,
                url(hop) + " leads to a loopback or private address, which this server does not fetch");
    }

    static FetchRefusedException unknownHost(int hop) {
        return new FetchRefusedException(Reason.UNREACHABLE, "the host of " + url(hop) + " could not be found");
    }

    static FetchRefusedException connectTimeout(int hop, Duration limit) {
        return new FetchRefusedException(Reason.UNREACHABLE,
                url(hop) + " did not accept a connection within " + describe(limit));
    }

    static FetchRefusedException unreachable(int hop) {
        return new FetchRefusedException(Reason.UNREACHABLE,
                url(hop) + " could not be reached, or the connection broke before the file arrived");
    }

    static FetchRefusedException interrupted() {
        return new FetchRefusedException(Reason.UNREACHABLE, "the download of FilePath was interrupted");
    }

    static FetchRefusedException status(int hop, int status) {
        return new FetchRefusedException(Reason.HTTP_STATUS, url(hop) + " answered HTTP " + status);
    }

    static FetchRefusedException redirectWithoutTarget(int hop, int status) {
        return new FetchRefusedException(Reason.HTTP_STATUS,
                url(hop) + " answered HTTP " + status + " without a Location to redirect to");
    }

    static FetchRefusedException tooLarge(int maxBytes) {
        return new FetchRefusedException(Reason.TOO_LARGE,
                "the file at FilePath is larger than " + maxBytes + " bytes");
    }

    static FetchRefusedException tooSlow(Duration limit) {
        return new FetchRefusedException(Reason.TOO_SLOW,
                "the file at FilePath did not arrive within " + describe(limit) + ", redirects included");
    }

    static FetchRefusedException tooManyRedirects(int maxRedirects) {
        return new FetchRefusedException(Reason.TOO_MANY_REDIRECTS,
                "FilePath redirects more than " + maxRedirects + (maxRedirects == 1 ? " time" : " times"));
    }

    /** "20 seconds", "1 second" or "200 ms": the limit as an operator set it. */
    static String describe(Duration limit) {
        long millis = limit.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        return seconds + (seconds == 1 ? " second" : " seconds");
    }
}
