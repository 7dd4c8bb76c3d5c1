package io.masthead.tag;

import io.masthead.http.EnumParameter;
import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import io.masthead.http.PageLinks;
import io.masthead.http.PageParams;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags")
public class TagDeliveryResource {
    private final TagDeliveryService tags;
    private final HttpCaching caching;

    TagDeliveryResource(TagDeliveryService tags, HttpCaching caching) {
        this.tags = tags;
        this.caching = caching;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "All tags in slug order, with how many published articles carry each.")
    @APIResponse(responseCode = "200", description = "A page of tags.",
            headers = @Header(name = "Link", ref = "Link"), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    public Response list(
            @Parameter(description = "Only tags of this type.", example = "person",
                    schema = @Schema(implementation = TagType.class))
            @QueryParam("type") String type,
            @Parameter(description = "The language to name the tags in; defaults to the site's default language.",
                    example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @BeanParam PageParams page,
            @Context UriInfo uri) {
        TagPage result = tags.list(EnumParameter.parse(TagType.class, "type", type), lang, page.cursor(),
                page.limit());
        List<String> keys = new ArrayList<>(List.of("tags"));
        result.items().forEach(tag -> keys.add("tag:" + tag.id()));
        return PageLinks.withNext(caching.ok(CacheFamily.TAG, result, keys), uri, result.nextCursor()).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag by slug",
            description = "To list its articles, use `GET /api/v1/articles?tag={slug}`. The slug of a tag that "
                    + "was merged into another, or renamed, answers `301 Moved Permanently` with no body and "
                    + "`Location: /api/v1/tags/{current-slug}`, keeping the query string (such as `?lang=de`). "
                    + "`?tag=` on the article list accepts such old slugs too and lists the current tag's articles.")
    @APIResponse(responseCode = "200", description = "The tag.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "301", description = "The slug is the old slug of a tag that was merged or "
            + "renamed; the tag now lives at `Location`. No body.", headers = {
                @Header(name = HttpHeaders.LOCATION, required = true,
                        description = "The tag's current URL, with the request's query string.",
                        schema = @Schema(type = SchemaType.STRING, format = "uri-reference",
                                examples = "/api/v1/tags/heat-pumps?lang=de")),
                @Header(name = HttpHeaders.CACHE_CONTROL, ref = "Cache-Control")})
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response bySlug(
            @Parameter(description = "The tag's slug.", example = "heat-pumps")
            @PathParam("slug") @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @Parameter(description = "The language to name the tag in; defaults to the site's default language.",
                    example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Context UriInfo uri) {
        TagDeliveryService.Lookup found = tags.bySlug(slug, lang);
        if (found.movedTo() != null) {
            String query = uri.getRequestUri().getRawQuery();
            String location = "/api/v1/tags/" + found.movedTo() + (query == null ? "" : "?" + query);
            return caching.movedPermanently(CacheFamily.TAG, location).build();
        }
        return caching.ok(CacheFamily.TAG, found.tag(), List.of("tag:" + found.tag().id())).build();
    }
}
