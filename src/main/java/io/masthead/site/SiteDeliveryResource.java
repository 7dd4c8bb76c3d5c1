package io.masthead.site;

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

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site")
public class SiteDeliveryResource {
    private final SiteDeliveryService site;
    private final HttpCaching caching;

    SiteDeliveryResource(SiteDeliveryService site, HttpCaching caching) {
        this.site = site;
        this.caching = caching;
    }

    @GET
    @Operation(operationId = "getSite", summary = "Get the site",
            description = "Name, logo, language editions, default language, time zone and base URLs.")
    @APIResponse(responseCode = "200", description = "The site.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get() {
        return caching.ok(CacheFamily.SITE, site.get(), List.of("site")).build();
    }
}
