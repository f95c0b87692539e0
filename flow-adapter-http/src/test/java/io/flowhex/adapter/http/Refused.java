package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FetchRefusedException.Reason;
import java.net.URI;

/** Fetches a URL that must be refused and keeps the refusal for the test to look at. */
final class Refused {

    private FetchRefusedException last;

    /** The reason of the refusal; fails the test if the fetch succeeds. */
    Reason reason(HttpFlowJsonSource source, URI url) {
        last = catchThrowableOfType(FetchRefusedException.class, () -> source.fetch(url));
        assertThat(last).as("refusal of " + url).isNotNull();
        return last.reason();
    }

    /** The message of the last refusal. */
    String message() {
        return last.getMessage();
    }
}
