package io.masthead.preview;

import io.masthead.article.ArticleDetail;
import io.masthead.error.AccessDenied;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    /** The token travels in a header, so that it stays out of URLs, access logs and Referer headers. */
    static final String TOKEN_HEADER = "Masthead-Preview";
    /** A preview must never be stored by a browser or a CDN, nor indexed. */
    static final String NO_STORE = "private, no-store";

    private final PreviewService previews;

    PreviewDeliveryResource(PreviewService previews) {
        this.previews = previews;
    }

    @GET
    @Operation(operationId = "previewArticle", summary = "Preview an article with a preview token",
            description = "Shows the article in any state, in the delivery representation, to whoever holds a token "
                    + "from `POST /manage/v1/articles/{id}/preview` (typically the front end's preview page, which "
                    + "passes it on). A missing, expired or forged token gets 403. Responses are "
                    + "`Cache-Control: private, no-store`.")
    @APIResponse(responseCode = "200", description = "The article as it is now.",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "Always `private, no-store`.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 20, enumeration = NO_STORE)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response preview(
            @Parameter(description = "The token of a preview link.", required = true,
                    example = "MDE5MmYwYzQtM2IxZS03YzU1LTlhNTEtNWQ2ZTBmMWEyYjNjOjE3OTUyNDcxMDA."
                            + "x8JkQm2v7nS0f3dLp9Rt4aWcZ1yHbE6uGq5iVoK2XsA",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300))
            @HeaderParam(TOKEN_HEADER) String token) {
        if (token == null || token.isBlank() || token.length() > 300) {
            throw new AccessDenied("Send the token of a preview link in the " + TOKEN_HEADER + " header.");
        }
        return Response.ok(previews.show(token.strip()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
