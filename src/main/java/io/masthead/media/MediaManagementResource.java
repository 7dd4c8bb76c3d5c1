package io.masthead.media;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.EnumParameter;
import io.masthead.http.Idempotency;
import io.masthead.http.ManagementApi;
import io.masthead.http.PageParams;
import io.masthead.http.Preconditions;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.QueryParam;
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

@Path("/manage/v1/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage media")
public class MediaManagementResource {
    private static final String RULES = " Images need `altText`; audio and video need `durationSeconds`; a focal "
            + "point (images only) lies between 0 and 1 on both axes; every URL is http or https; rendition names "
            + "are distinct.";
    private static final String EXAMPLE = "{\"kind\": \"image\", \"url\": "
            + "\"https://images.masthead.example/harbour/original.jpg\", \"mimeType\": \"image/jpeg\", \"width\": 2048,"
            + " \"height\": 1365, \"altText\": \"Container cranes at dusk in the harbour\", \"caption\": \"The port at "
            + "dusk.\", \"credit\": \"© Jane Doe / Example Agency\", \"focalPoint\": {\"x\": 0.5, \"y\": 0.35},"
            + " \"renditions\": [{\"name\": \"w640\", \"url\": \"https://images.masthead.example/harbour/w640.jpg\","
            + " \"width\": 640, \"height\": 427, \"mimeType\": \"image/jpeg\"}]}";

    private final MediaManagementService media;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    MediaManagementResource(MediaManagementService media, Idempotency idempotency, SecurityIdentity identity) {
        this.media = media;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMedia", summary = "Register a media item",
            description = "Stores the metadata of a file that lives at `url`." + RULES)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediaContent.class),
            examples = @ExampleObject(name = "image", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedMedia.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            JsonNode body,
            @Parameter(description = ManagementApi.IDEMPOTENCY_DESCRIPTION, example = "5b7e1c2a-harbour-photo",
                    schema = @Schema(maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.<ManagedMedia>execute(
                new Idempotency.Request(Caller.of(identity).keyId(), idempotencyKey, "POST", "/manage/v1/media", body),
                beforeCommit -> media.create(body, beforeCommit),
                created -> Preconditions.created("/manage/v1/media/" + created.id(), created));
    }

    @GET
    @Operation(operationId = "listManagedMedia", summary = "List media items",
            description = "Every item, used or not, newest first and keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of media items.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedMediaPage.class)))
    public ManagedMediaPage list(
            @Parameter(description = "Only items of this kind.", example = "image",
                    schema = @Schema(implementation = MediaKind.class))
            @QueryParam("kind") String kind,
            @BeanParam PageParams page) {
        return media.list(EnumParameter.parse(MediaKind.class, "kind", kind), page.cursor(), page.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManagedMedia", summary = "Get a media item and where it is used",
            description = "`usedBy` lists the articles that show it in any state, and `siteLogo` tells whether it "
                    + "is the site's logo. The `ETag` is the version to send in `If-Match` with the next change.")
    @APIResponse(responseCode = "200", description = "The media item.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedMedia.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The media item's id.", example = ManagementApi.ID_EXAMPLE)
                        @PathParam("id") UUID id) {
        return Preconditions.current(media.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMedia", summary = "Replace a media item's metadata",
            description = "Replaces everything in `content`, renditions included." + RULES + " Changing `kind` is a "
                    + "409 while the item is used where the old kind is needed (a hero, an image block or the site "
                    + "logo need an image; an audio version needs audio). Delivery responses that embed the item "
                    + "change with it, and so do their ETags.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MediaContent.class),
            examples = @ExampleObject(name = "image", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed media item.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedMedia.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@Parameter(description = "The media item's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id, JsonNode body,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(media.replace(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteMedia", summary = "Delete an unused media item",
            description = "Admins only. An item that any article uses, in any state, or that is the site logo, is a "
                    + "409 whose detail lists where it is used.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@Parameter(description = "The media item's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id,
                           @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        media.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
