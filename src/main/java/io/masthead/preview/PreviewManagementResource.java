package io.masthead.preview;

import io.masthead.auth.Role;
import io.masthead.http.ManagementApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/manage/v1/articles/{id}/preview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage articles")
public class PreviewManagementResource {
    private final PreviewService previews;

    PreviewManagementResource(PreviewService previews) {
        this.previews = previews;
    }

    @POST
    @Operation(operationId = "createPreviewLink", summary = "Create a preview link",
            description = "A signed, short-lived token (15 minutes by default) that shows the article in any state on "
                    + "the delivery API (`GET /api/v1/preview` with the `Masthead-Preview` header), for example a "
                    + "draft to a reviewer through the front end's preview page. No API key is needed to use it.")
    @APIResponse(responseCode = "200", description = "The link.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewLink.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PreviewLink create(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                              @PathParam("id") UUID id) {
        return previews.issue(id);
    }
}
