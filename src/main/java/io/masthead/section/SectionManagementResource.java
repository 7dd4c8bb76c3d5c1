package io.masthead.section;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Role;
import io.masthead.http.ManagementApi;
import io.masthead.http.PageParams;
import io.masthead.http.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/manage/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage sections")
public class SectionManagementResource {
    private static final String EXAMPLE = "{\"slug\": \"politics\", \"names\": {\"en\": \"Politics\", "
            + "\"de\": \"Politik\"}}";

    private final SectionManagementService sections;

    SectionManagementResource(SectionManagementService sections) {
        this.sections = sections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSection", summary = "Create a section",
            description = "A slug another section has is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SectionContent.class),
            examples = @ExampleObject(name = "section", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSection.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(JsonNode body) {
        ManagedSection created = sections.create(body);
        return Preconditions.created("/manage/v1/sections/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listManagedSections", summary = "List sections",
            description = "In slug order, keyset-paginated, with article counts over every state.")
    @APIResponse(responseCode = "200", description = "A page of sections.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSectionPage.class)))
    public ManagedSectionPage list(@BeanParam PageParams page) {
        return sections.list(page.cursor(), page.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManagedSection", summary = "Get a section",
            description = "The `ETag` is the version to send in `If-Match` with the next change.")
    @APIResponse(responseCode = "200", description = "The section.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSection.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The section's id.", example = ManagementApi.ID_EXAMPLE)
                        @PathParam("id") UUID id) {
        return Preconditions.current(sections.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSection", summary = "Replace a section's slug and names",
            description = "Articles keep their section. A new slug takes effect at once: `?section=` on the "
                    + "article list answers to the new slug only. A slug another section has is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SectionContent.class),
            examples = @ExampleObject(name = "section", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed section.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSection.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@Parameter(description = "The section's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id, JsonNode body,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(sections.replace(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteSection", summary = "Delete an empty section",
            description = "Admins only. A section that has articles, in any state, is a 409.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@Parameter(description = "The section's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id,
                           @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        sections.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
