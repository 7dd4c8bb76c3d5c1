package io.masthead.tag;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.EnumParameter;
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

@Path("/manage/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage tags")
public class TagManagementResource {
    private static final String EXAMPLE = "{\"slug\": \"japan\", \"type\": \"place\", \"names\": {"
            + "\"en\": {\"name\": \"Japan\", \"description\": \"An island country in East Asia.\"},"
            + " \"de\": {\"name\": \"Japan\"}}, \"parent\": \"asia\", \"iptcMediaTopic\": \"medtop:11000000\","
            + " \"wikidataQid\": \"Q17\"}";

    private final TagManagementService tags;
    private final SecurityIdentity identity;

    TagManagementResource(TagManagementService tags, SecurityIdentity identity) {
        this.tags = tags;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTag", summary = "Create a tag",
            description = "The slug is derived from the name in the alphabetically first language when omitted. A "
                    + "slug another tag has is a 409. A slug that an old, merged or renamed tag left behind as an "
                    + "alias is taken over: from then on it names the new tag and no longer redirects.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagContent.class),
            examples = @ExampleObject(name = "place", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedTag.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(JsonNode body) {
        ManagedTag created = tags.create(body);
        return Preconditions.created("/manage/v1/tags/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listManagedTags", summary = "List tags with their use in any state",
            description = "In slug order, keyset-paginated. `articleCount` counts articles in every state.")
    @APIResponse(responseCode = "200", description = "A page of tags.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedTagPage.class)))
    public ManagedTagPage list(
            @Parameter(description = "Only tags of this type.", example = "person",
                    schema = @Schema(implementation = TagType.class))
            @QueryParam("type") String type,
            @BeanParam PageParams page) {
        return tags.list(EnumParameter.parse(TagType.class, "type", type), page.cursor(), page.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManagedTag", summary = "Get a tag",
            description = "The `ETag` is the version to send in `If-Match` with the next change.")
    @APIResponse(responseCode = "200", description = "The tag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedTag.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The tag's id.", example = ManagementApi.ID_EXAMPLE)
                        @PathParam("id") UUID id) {
        return Preconditions.current(tags.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTag", summary = "Replace a tag's content",
            description = "Replaces names, type, parent and identifiers; omitting `slug` keeps the current one. A "
                    + "new slug leaves the old one behind as an alias: `GET /api/v1/tags/{old}` answers 301 with "
                    + "the new location and `GET /api/v1/articles?tag={old}` keeps listing the tag's articles. "
                    + "Articles list their tags by slug, so each article carrying the tag gets a new version and "
                    + "a `retag` revision. A parent must not be the tag itself or below it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagContent.class),
            examples = @ExampleObject(name = "place", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed tag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedTag.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@Parameter(description = "The tag's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id, JsonNode body,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(tags.replace(id, ifMatch, body, Caller.of(identity).name()));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeTag", summary = "Merge a tag into another",
            description = "Folds this tag (the source; `If-Match` is its ETag) into the tag named by `into`. Every "
                    + "article carrying the source carries the target instead, exactly once: where an article has "
                    + "both, the target keeps its place, otherwise it takes the source's place. Each of those "
                    + "articles gets a new version and a `retag` revision. The source's child tags move under the "
                    + "target, and the source is deleted. Its slug (and any alias it had) becomes an alias of the "
                    + "target: `GET /api/v1/tags/{source-slug}` answers 301 Moved Permanently with `Location: "
                    + "/api/v1/tags/{target-slug}` (query string kept), and `GET /api/v1/articles?tag={source-slug}` "
                    + "lists exactly what `?tag={target-slug}` lists. Merging a tag into itself is a 400; merging "
                    + "it into a tag below it is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TagMerge.class),
            examples = @ExampleObject(name = "merge", value = "{\"into\": \"japan\"}")))
    @APIResponse(responseCode = "200", description = "The target tag, as it is after the merge.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedTag.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response merge(@Parameter(description = "The tag's id.", example = ManagementApi.ID_EXAMPLE)
                          @PathParam("id") UUID id, JsonNode body,
                          @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(tags.merge(id, ifMatch, body, Caller.of(identity).name()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteTag", summary = "Delete an unused tag",
            description = "Admins only. A tag that any article carries, in any state, is a 409: merge it into "
                    + "another tag instead. So is a tag with child tags. Its aliases go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response delete(@Parameter(description = "The tag's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id,
                           @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        tags.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
