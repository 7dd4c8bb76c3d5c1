package io.masthead.media;

import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Modified;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media")
public class MediaDeliveryResource {
    private final MediaDeliveryService media;
    private final HttpCaching caching;

    MediaDeliveryResource(MediaDeliveryService media, HttpCaching caching) {
        this.media = media;
        this.caching = caching;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMedia", summary = "Get a media item",
            description = "Only items that something published shows (an article, or the site logo) are found.")
    @APIResponse(responseCode = "200", description = "The media item.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response byId(
            @Parameter(description = "The media item's id.", example = "5e939c10-150f-45e3-927f-4651aa801207")
            @PathParam("id") UUID id) {
        Modified<MediaView> item = media.byId(id);
        return caching.ok(CacheFamily.ARTICLE, item, List.of("media:" + item.body().id())).build();
    }
}
