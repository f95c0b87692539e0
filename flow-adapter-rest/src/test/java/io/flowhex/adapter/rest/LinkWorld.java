package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.domain.flow.Flow;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.scenario.World;
import java.net.URI;
import java.util.Optional;

/**
 * The real application over in-memory stores, one tenant, and a handler that serves the links the
 * application issues. Links are followed the way a client follows them: the URL the API returned,
 * turned into a request for the handler.
 */
final class LinkWorld {

    final World world = new World(InMemoryStores.create());
    final World.Tenant tenant = world.tenant(10_000);
    final FlowhexApplication app = world.app;
    final CamsRpcHandler handler = new CamsRpcHandler(app.authenticate(),
            ActionRoutes.custom().getFlow(app.getFlow()).build(),
            LinkRoutes.custom().flowJsonDownloads(app.downloadFlowJson()).previewPages(app.previewPage()).build(),
            app.health(), RestSettings.ofDefaults());

    /** A DRAFT flow of the tenant without a preview, so that the application issues its own. */
    Flow flow(String name) {
        return tenant.save(Fixtures.flow(tenant.id, tenant.space).name(name).noPreview().build());
    }

    /** UpdateFlowJSONAsset of {@code content}, served from a URL of the world's file source. */
    void upload(Flow flow, byte[] content) {
        URI file = URI.create("https://files.flowhex.test/" + Fixtures.next() + ".json");
        world.files.put(file, content);
        app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(tenant.root, flow.id(), file,
                Optional.empty(), World.context()));
    }

    /** GetFlowJSONAssest's FilePath. */
    URI assetLink(Flow flow) {
        return app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath().orElseThrow();
    }

    /** GetFlowPreviewUrl's PreviewUrl. */
    URI previewLink(Flow flow) {
        return app.getFlowPreviewUrl().getFlowPreviewUrl(command(flow)).preview().url();
    }

    /**
     * {@code GET} of a link as the handler sees it: the world's base URL has a path of its own, which a
     * proxy in front would strip, so the handler is given the rest.
     */
    CamsHttpResponse get(URI link) {
        String base = World.PREVIEW_BASE.getRawPath();
        assertThat(link.toString()).startsWith(World.PREVIEW_BASE.toString());
        return get(link.getRawPath().substring(base.length()), link.getRawQuery());
    }

    CamsHttpResponse get(String path, String rawQuery) {
        return handler.handle(CamsHttpRequest.builder("GET", path).rawQuery(rawQuery).remoteAddress("127.0.0.1").build());
    }

    /** DeleteFlow of a DRAFT. */
    void delete(Flow flow) {
        app.deleteFlow().deleteFlow(command(flow));
    }

    private FlowCommand command(Flow flow) {
        return new FlowCommand(tenant.root, flow.id(), Optional.empty(), World.context());
    }
}
