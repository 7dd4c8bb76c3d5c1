package io.masthead.site;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Role;
import io.masthead.http.ManagementApi;
import io.masthead.http.Preconditions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/manage/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage site")
public class SiteManagementResource {
    private static final String PATH = "/manage/v1/site";
    private static final String EXAMPLE = "{\"name\": \"The Northern Ledger\", \"logoMediaId\": "
            + "\"0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c\", \"defaultLanguage\": \"en\", \"timeZone\": \"Europe/Berlin\","
            + " \"baseUrl\": \"https://ledger.example\", \"editions\": [{\"language\": \"en\", \"name\": "
            + "\"The Northern Ledger\", \"baseUrl\": \"https://ledger.example/en\"}, {\"language\": \"de\", \"name\": "
            + "\"Der Nordbote\", \"baseUrl\": \"https://ledger.example/de\"}]}";

    private final SiteManagementService site;

    SiteManagementResource(SiteManagementService site) {
        this.site = site;
    }

    @GET
    @Operation(operationId = "getManagedSite", summary = "Get the site's settings",
            description = "The `ETag` is the version to send in `If-Match` with the next change. A 404 means no "
                    + "site is configured yet.")
    @APIResponse(responseCode = "200", description = "The site.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSite.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get() {
        return Preconditions.current(site.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "saveSite", summary = "Create or replace the site's settings",
            description = "Admins only. Changing the site needs `If-Match` with its ETag (missing: 428, stale: 412). "
                    + "Creating it, while none exists, needs `If-None-Match: *` instead and answers 201; "
                    + "`If-None-Match: *` once the site exists is a 412, and so is `If-Match` while none exists. "
                    + "The logo must be an image media item.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SiteContent.class),
            examples = @ExampleObject(name = "site", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed site.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSite.class)))
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedSite.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response save(
            JsonNode body,
            @Parameter(description = "To change the site: the ETag of the version the change is based on.",
                    example = "\"v3\"", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
            @Parameter(description = "To create the site while none exists: `*`.", example = "*",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "*"))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        SiteManagementService.Saved saved = site.save(ifMatch, ifNoneMatch, body);
        return saved.created() ? Preconditions.created(PATH, saved.site()) : Preconditions.current(saved.site());
    }
}
