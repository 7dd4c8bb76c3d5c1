package io.masthead.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.auth.Caller;
import io.masthead.auth.Role;
import io.masthead.http.EnumParameter;
import io.masthead.http.Idempotency;
import io.masthead.http.Limits;
import io.masthead.http.ManagementApi;
import io.masthead.http.MergePatch;
import io.masthead.http.PageParams;
import io.masthead.http.Preconditions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/manage/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_NAME)
@SecurityRequirement(name = ManagementApi.SECURITY_SCHEME)
@Tag(name = "Manage articles")
public class ArticleManagementResource {
    private final ArticleManagementService articles;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    ArticleManagementResource(ArticleManagementService articles, Idempotency idempotency, SecurityIdentity identity) {
        this.articles = articles;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Create an article",
            description = "Creates a draft. With `publish=true` the article is published at once, or scheduled when "
                    + "`content.publishedAt` lies in the future. The slug is derived from the headline when omitted "
                    + "(German transliteration, then -2, -3, ... while taken); an explicit slug that is taken is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleContent.class),
            examples = @ExampleObject(name = "article", ref = "ArticleContent")))
    @APIResponse(responseCode = "201", description = "Created; `Location` points at it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(
            JsonNode body,
            @Parameter(description = "Publish (or schedule) immediately instead of creating a draft.", example = "true")
            @QueryParam("publish") @DefaultValue("false") boolean publish,
            @Parameter(description = ManagementApi.IDEMPOTENCY_DESCRIPTION, example = "9f1c2d7e-create-harbour-story",
                    schema = @Schema(maxLength = 200))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Caller caller = Caller.of(identity);
        return idempotency.<ManagedArticle>execute(new Idempotency.Request(caller.keyId(), idempotencyKey, "POST",
                        "/manage/v1/articles?publish=" + publish, body),
                beforeCommit -> articles.create(body, publish, caller.name(), beforeCommit),
                created -> Preconditions.created("/manage/v1/articles/" + created.id(), created));
    }

    @GET
    @Operation(operationId = "listManagedArticles", summary = "List articles in any state",
            description = "Most recently changed first, keyset-paginated like the delivery lists.")
    @APIResponse(responseCode = "200", description = "A page of articles.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticlePage.class)))
    public ManagedArticlePage list(
            @Parameter(description = "Only articles in this state.", example = "scheduled",
                    schema = @Schema(implementation = ArticleState.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only articles in this language (BCP 47).", example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @BeanParam PageParams page) {
        return articles.list(EnumParameter.parse(ArticleState.class, "status", status), lang, page.cursor(),
                page.limit());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getManagedArticle", summary = "Get an article in any state",
            description = "The `ETag` is the version to send in `If-Match` with the next change.")
    @APIResponse(responseCode = "200", description = "The article.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                        @PathParam("id") UUID id) {
        return Preconditions.current(articles.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article's content",
            description = "Replaces everything in `content`; the workflow state does not change. Omitting `slug` "
                    + "keeps the current one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleContent.class),
            examples = @ExampleObject(name = "article", ref = "ArticleContent")))
    @APIResponse(responseCode = "200", description = "The changed article.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response replace(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                            @PathParam("id") UUID id, JsonNode body, @Parameter(ref = "IfMatch")
                            @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(articles.replace(id, ifMatch, body, Caller.of(identity).name()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchArticle", summary = "Change part of an article's content",
            description = "An RFC 7396 JSON Merge Patch of `content`: members set to null are removed, objects are "
                    + "merged, arrays (such as `blocks` and `tags`) are replaced as a whole.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    additionalProperties = Schema.True.class, maxProperties = 20,
                    description = "Any subset of the members of ArticleContent; null removes a member."),
            examples = @ExampleObject(name = "headline", value = "{\"headline\": \"Harbour deal signed at dawn\", "
                    + "\"kicker\": null}")))
    @APIResponse(responseCode = "200", description = "The changed article.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManagedArticle.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response patch(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                          @PathParam("id") UUID id, JsonNode mergePatch, @Parameter(ref = "IfMatch")
                          @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        return Preconditions.current(articles.patch(id, ifMatch, mergePatch, Caller.of(identity).name()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Admins only. The content is removed; a tombstone remains so that apps syncing changes can "
                    + "drop the article. Subscribers get `article.deleted`.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@Parameter(description = "The article's id.", example = ManagementApi.ID_EXAMPLE)
                           @PathParam("id") UUID id, @Parameter(ref = "IfMatch")
                           @HeaderParam(Preconditions.IF_MATCH) String ifMatch) {
        articles.delete(id, ifMatch, Caller.of(identity).name());
        return Response.noContent().build();
    }
}
