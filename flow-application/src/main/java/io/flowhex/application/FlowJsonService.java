package io.flowhex.application;

import io.flowhex.application.flowjson.FlowJsonValidator;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.DownloadFlowJsonUseCase;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.FlowJsonLink;
import io.flowhex.application.port.in.GetFlowJsonAssetUseCase;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.application.port.in.UpdateFlowJsonAssetUseCase;
import io.flowhex.application.port.out.AssetLinks;
import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowJsonCheck;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A flow's Flow JSON: UpdateFlowJSONAsset fetches, validates and stores it (invalid files too, with
 * their errors, as Meta keeps a draft with errors); GetFlowJSONAssest hands out an expiring link to
 * it; the link's download serves it byte for byte.
 *
 * <p>UpdateFlowJSONAsset checks that an edit is allowed before it fetches anything, so a refused call
 * costs no download; the fetch runs outside any store transaction; and the file and the flow's new
 * versions are written in one compare-and-set, so after any failure neither exists.
 */
final class FlowJsonService implements UpdateFlowJsonAssetUseCase, GetFlowJsonAssetUseCase, DownloadFlowJsonUseCase {

    /** What an allowed edit is tried with before the real file is known. */
    private static final FlowJsonCheck PROBE = new FlowJsonCheck(Optional.empty(), Optional.empty(), List.of());

    private final Gate gate;
    private final FlowRepository flows;
    private final FlowChanges changes;
    private final Optional<FlowJsonSource> source;
    private final FlowJsonValidator validator;
    private final EditPublishedRule rule;
    private final AssetLinks links;
    private final Clock clock;

    FlowJsonService(Gate gate, FlowRepository flows, FlowChanges changes, Optional<FlowJsonSource> source,
            FlowJsonValidator validator, EditPublishedRule rule, AssetLinks links, Clock clock) {
        this.gate = gate;
        this.flows = flows;
        this.changes = changes;
        this.source = source;
        this.validator = validator;
        this.rule = rule;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public FlowId updateFlowJsonAsset(UpdateFlowJsonAssetCommand command) {
        return gate.pass(CamsAction.UPDATE_FLOW_JSON_ASSET, command.caller(), command.context(), admission -> {
            Flow current = OwnedFlows.find(flows, command.flowId(), admission.account().id(), command.space());
            FlowChanges.apply(flow -> flow.updateFlowJson(PROBE, rule), current);
            FlowAsset asset = validator.asset(fetch(command.filePath()));
            Flow stored = changes.change(command.flowId(), admission.account().id(), command.space(),
                    flow -> flow.updateFlowJson(asset.check(), rule),
                    (next, expected) -> flows.updateWithAsset(next, expected, asset));
            return stored.id();
        });
    }

    @Override
    public FlowJsonLink getFlowJsonAsset(FlowCommand command) {
        return gate.pass(CamsAction.GET_FLOW_JSON_ASSET, command.caller(), command.context(), admission -> {
            Flow flow = OwnedFlows.find(flows, command.flowId(), admission.account().id(), command.space());
            Optional<FlowAsset> asset = flows.findAsset(flow.id());
            return new FlowJsonLink(flow.id(), asset.isEmpty() ? Optional.empty()
                    : Optional.of(links.issue(flow.id(), asset.get(), admission.now())));
        });
    }

    @Override
    public Optional<byte[]> download(FlowId flowId, long expiresMillis, String token) {
        try {
            Optional<FlowAsset> asset = flows.findAsset(flowId);
            if (asset.isEmpty() || !links.verify(flowId, asset.get(), expiresMillis, token, clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(asset.get().content());
        } catch (StoreUnavailableException e) {
            throw new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    private byte[] fetch(URI filePath) {
        if (source.isEmpty()) {
            throw new FlowApiException(ErrorCode.FILE_PATH_INVALID,
                    "Specified parameter FilePath is not valid: this server fetches no Flow JSON files.");
        }
        try {
            return source.get().fetch(filePath);
        } catch (FetchRefusedException e) {
            throw new FlowApiException(ErrorCode.FILE_PATH_INVALID, "Specified parameter FilePath is not valid: " + e.getMessage());
        }
    }
}
