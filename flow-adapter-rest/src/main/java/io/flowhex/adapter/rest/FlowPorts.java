package io.flowhex.adapter.rest;

import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CreateFlowUseCase;
import io.flowhex.application.port.in.DeleteFlowUseCase;
import io.flowhex.application.port.in.DeprecateFlowUseCase;
import io.flowhex.application.port.in.GetFlowJsonAssetUseCase;
import io.flowhex.application.port.in.GetFlowPreviewUrlUseCase;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.ListFlowUseCase;
import io.flowhex.application.port.in.ModifyFlowUseCase;
import io.flowhex.application.port.in.PublishFlowUseCase;
import io.flowhex.application.port.in.UpdateFlowJsonAssetUseCase;
import java.util.Objects;

/**
 * The ten driving ports of CAMS's flow API, one per action, so that {@link ActionRoutes#allOf} can
 * route them all in one call. Taken from a {@link FlowhexApplication} with {@link #of}, or built
 * from any implementations (a test's lambdas, a decorated port).
 */
public record FlowPorts(GetFlowUseCase getFlow, CreateFlowUseCase createFlow, ListFlowUseCase listFlow,
        ModifyFlowUseCase modifyFlow, DeleteFlowUseCase deleteFlow, PublishFlowUseCase publishFlow,
        DeprecateFlowUseCase deprecateFlow, GetFlowJsonAssetUseCase getFlowJsonAsset,
        UpdateFlowJsonAssetUseCase updateFlowJsonAsset, GetFlowPreviewUrlUseCase getFlowPreviewUrl) {

    public FlowPorts {
        Objects.requireNonNull(getFlow, "getFlow");
        Objects.requireNonNull(createFlow, "createFlow");
        Objects.requireNonNull(listFlow, "listFlow");
        Objects.requireNonNull(modifyFlow, "modifyFlow");
        Objects.requireNonNull(deleteFlow, "deleteFlow");
        Objects.requireNonNull(publishFlow, "publishFlow");
        Objects.requireNonNull(deprecateFlow, "deprecateFlow");
        Objects.requireNonNull(getFlowJsonAsset, "getFlowJsonAsset");
        Objects.requireNonNull(updateFlowJsonAsset, "updateFlowJsonAsset");
        Objects.requireNonNull(getFlowPreviewUrl, "getFlowPreviewUrl");
    }

    /** The application's own ports. */
    public static FlowPorts of(FlowhexApplication app) {
        Objects.requireNonNull(app, "app");
        return new FlowPorts(app.getFlow(), app.createFlow(), app.listFlow(), app.modifyFlow(), app.deleteFlow(),
                app.publishFlow(), app.deprecateFlow(), app.getFlowJsonAsset(), app.updateFlowJsonAsset(),
                app.getFlowPreviewUrl());
    }
}
