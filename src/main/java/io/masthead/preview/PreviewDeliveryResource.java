package io.masthead.preview;

import io.masthead.article.ArticleDetail;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class PreviewDeliveryResource {
    /** A preview must never be stored by a browser or a CDN, nor indexed. */
    static final String NO_STORE = "private, no-store";

    private final PreviewService previews;

    PreviewDeliveryResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(operationId = "previewArticle", summary = "Preview an article with a preview token",
            description = "Shows the article in any state, in the delivery representation. The token comes from "
                    + "`POST /manage/v1/articles/{id}/preview`; an expired or forged token gets 403. Responses are "
                    + "`Cache-Control: private, no-store`.")
    @APIResponse(responseCode = "200", description = "The article as it is now.",
            headers = @Header(name = "Cache-Control", description = "Always `private, no-store`.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response preview(
            @Parameter(description = "The token of a preview link.") @PathParam("token") @Size(max = 300) String token) {
        return Response.ok(previews.show(token))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
