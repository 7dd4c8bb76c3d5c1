package io.masthead.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.JsonBodies;
import io.masthead.http.ManagementApi;
import io.masthead.http.Preconditions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editorial workflow and the revision history of one article. */
@Path("/manage/v1/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage articles")
public class ArticleWorkflowResource {
    private final ArticleWorkflowService workflow;
    private final ArticleManagementService articles;
    private final JsonBodies bodies;
    private final SecurityIdentity identity;

    ArticleWorkflowResource(ArticleWorkflowService workflow, ArticleManagementService articles, JsonBodies bodies,
                            SecurityIdentity identity) {
        this.workflow = workflow;
        this.articles = articles;
        this.bodies = bodies;
        this.identity = identity;
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishArticle", summary = "Publish or schedule an article",
            description = "With a future `publishedAt` the article is scheduled: it appears on the delivery API "
                    + "exactly when that time passes. Subscribers get `article.published` at that moment.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "The published or scheduled article.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response publish(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id, JsonNode body,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        PublishRequest request = body == null ? null : bodies.read(body, PublishRequest.class, Set.of());
        return Preconditions.current(workflow.publish(id, ifMatch,
                request == null ? null : request.publishedAt(), Caller.of(identity).name()));
    }

    @POST
    @Path("/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take an article back to draft",
            description = "It disappears from the delivery API at once; subscribers get `article.unpublished`.")
    @APIResponse(responseCode = "200", description = "The draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response unpublish(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                              @PathParam("id") UUID id,
                              @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(workflow.unpublish(id, ifMatch, Caller.of(identity).name()));
    }

    @POST
    @Path("/archive")
    @Operation(operationId = "archiveArticle", summary = "Archive an article",
            description = "It disappears from the delivery API but is kept; subscribers get `article.unpublished`. "
                    + "Only a published or scheduled article can be archived: a draft is a 409.")
    @APIResponse(responseCode = "200", description = "The archived article.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response archive(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(workflow.archive(id, ifMatch, Caller.of(identity).name()));
    }

    @GET
    @Path("/revisions")
    @Operation(operationId = "listRevisions", summary = "List an article's revisions",
            description = "One per change, newest first: version, time, author and action.")
    @APIResponse(responseCode = "200", description = "The revisions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionList.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RevisionList revisions(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                                  @PathParam("id") UUID id) {
        return articles.revisions(id);
    }

    @GET
    @Path("/revisions/{version}")
    @Operation(operationId = "getRevision", summary = "Get one revision with its full content",
            description = "The article exactly as it was after that change: the same content a PUT accepts.")
    @APIResponse(responseCode = "200", description = "The revision.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RevisionView revision(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                                 @PathParam("id") UUID id,
                                 @Parameter(description = "The article version the revision recorded.", example = "3")
                                 @PathParam("version") @Min(0) long version) {
        return articles.revision(id, version);
    }

    @POST
    @Path("/revisions/{version}/restore")
    @Operation(operationId = "restoreRevision", summary = "Restore a revision",
            description = "Makes that revision's content current again; this is itself a new revision. The workflow "
                    + "state does not change.")
    @APIResponse(responseCode = "200", description = "The article with the restored content.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response restore(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id,
                            @Parameter(description = "The article version the revision recorded.", example = "3")
                            @PathParam("version") @Min(0) long version,
                            @Parameter(ref = "IfMatch") @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(articles.restore(id, version, ifMatch, Caller.of(identity).name()));
    }
}
