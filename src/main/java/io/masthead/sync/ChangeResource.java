package io.masthead.sync;

import io.masthead.http.EnumParameter;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import io.masthead.http.SurrogateKeys;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class ChangeResource {
    private static final List<String> SURROGATE_KEYS = List.of(SurrogateKeys.CHANGES);

    private final ChangeFeedService changes;
    private final HttpCaching caching;
    private final SyncConfig config;

    ChangeResource(ChangeFeedService changes, HttpCaching caching, SyncConfig config) {
        this.changes = changes;
        this.caching = caching;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Changes to published articles, for delta sync",
            description = "Omit `since` to start from the beginning: replaying every page in order gives exactly the "
                    + "articles published now. Then pass the previous page's `nextToken` as `since` to get what "
                    + "changed after it: `upsert` records for articles that went live or changed (scheduled articles "
                    + "at their publication time) and `remove` records for articles that were unpublished, archived, "
                    + "deleted or scheduled again. Fetch the next page at once while `hasMore` is true; when it is "
                    + "false you are caught up. Each article appears once per change it needs, so a full sync is "
                    + "proportional to the number of articles. Skip records of a `type` you do not know.")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", ref = "ResyncRequired")
    public Response list(
            @Parameter(description = "The `nextToken` of the previous page, unchanged. Omit it to sync from the "
                    + "beginning.",
                    example = "MQoxNzk1MjQ3MTAwMTIzNDU2CjAxOTJmMGM0LTNiMWUtN2M1NS05YTUxLTVkNmUwZjFhMmIzYwoxNzk1MjQ3MDAwMDAwMDAw",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Limits.MAX_CURSOR_LENGTH,
                            pattern = "^[A-Za-z0-9_-]+$"))
            @QueryParam("since") String since,
            @Parameter(description = "How many changes to return at most.",
                    example = Limits.DEFAULT_CHANGES_PAGE_SIZE_TEXT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_PAGE_SIZE_TEXT,
                            defaultValue = Limits.DEFAULT_CHANGES_PAGE_SIZE_TEXT))
            @QueryParam("limit") String limit,
            @Parameter(description = "`article` embeds the full article in each upsert, exactly as "
                    + "`GET /api/v1/articles/{slug}` returns it, instead of its summary.", example = "article",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "article"))
            @QueryParam("include") String include,
            @Context UriInfo uri) {
        ChangePage page = changes.page(sinceAsSent(since, uri), Limits.pageSize(limit, Limits.DEFAULT_CHANGES_PAGE_SIZE),
                EnumParameter.parse(ChangeInclude.class, "include", include));
        return caching.ok(page, SURROGATE_KEYS, config.maxAgeSeconds()).build();
    }

    /**
     * JAX-RS reads {@code since=} as absent. Here that would restart the sync from the beginning for a client that
     * meant to resume, and a replay applied over an old copy never removes what that copy holds; so an empty
     * token is a bad token.
     */
    private static String sinceAsSent(String since, UriInfo uri) {
        return since == null && uri.getQueryParameters().containsKey("since") ? "" : since;
    }
}
