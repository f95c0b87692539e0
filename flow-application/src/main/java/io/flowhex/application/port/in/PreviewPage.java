package io.flowhex.application.port.in;

import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What a preview link opens: the flow as it is now and its stored Flow JSON, byte for byte with its
 * validation (absent until a file was uploaded). Everything in it came from a client: a page that
 * shows it must escape every value.
 */
public record PreviewPage(FlowId flowId, FlowName name, FlowStatus status, FlowCategories categories,
        Optional<FlowAsset> flowJson) {

    public PreviewPage {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(flowJson, "flowJson");
    }
}
