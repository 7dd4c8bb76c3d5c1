package io.masthead.home;

import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The first thing a new user requests. The server root and the delivery API's root answer with the links to
 * follow, instead of a 404 that suggests the server is broken.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class HomeResource {
    private final HttpCaching caching;

    HomeResource(HttpCaching caching) {
        this.caching = caching;
    }

    @GET
    @Operation(operationId = "getServerIndex", summary = "Where to start",
            description = "Links to the contract, its interactive documentation and the main collections.")
    @APIResponse(responseCode = "200", description = "The entry points.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiIndex.class)))
    public Response serverIndex() {
        return caching.ok(CacheFamily.SITE, ApiIndex.CURRENT, List.of("index")).build();
    }

    @GET
    @Path("/api/v1")
    @Operation(operationId = "getDeliveryIndex", summary = "The delivery API's entry points",
            description = "The same links as the server root, so that `/api/v1` is a starting point too.")
    @APIResponse(responseCode = "200", description = "The entry points.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiIndex.class)))
    public Response deliveryIndex() {
        return caching.ok(CacheFamily.SITE, ApiIndex.CURRENT, List.of("index")).build();
    }
}
