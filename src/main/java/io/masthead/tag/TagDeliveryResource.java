package io.masthead.tag;

import io.masthead.http.EnumParameter;
import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import io.masthead.http.PageLinks;
import io.masthead.http.PageParams;
import io.masthead.localization.AcceptLanguage;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
    private static final String LANG = "The language to name the tags in (BCP 47). Without it, `Accept-Language` "
            + "chooses among the languages the tags have names in, and the site's default language is the fallback. "
            + "A tag without a name in the chosen language is named in the site's default language, else in any.";
    private static final String ACCEPT_LANGUAGE = "Used only without `lang`: the reader's languages, weighted "
            + "(`de-CH, de;q=0.9, en;q=0.5`). The best one the tags have names in is used (a region falls back to "
            + "its language, `de-CH` to `de`), else the site's default language. Ranges that do not parse are "
            + "ignored. Such answers carry `Vary: Accept-Language`.";
    private static final String CONTENT_LANGUAGE = "The language the names were asked in: `lang`, the one "
            + "negotiated from `Accept-Language`, or the site's default language. A tag without a name in it is "
            + "named by the fallback chain.";
    private static final String NAME_LANGUAGE = "The language of the tag's `name`; absent when the tag has no name "
            + "and `name` is its slug.";
    private static final String VARY = "`Accept-Language` when `lang` is absent, as the header may change the names.";
    private final TagDeliveryService tags;
    private final HttpCaching caching;

    TagDeliveryResource(TagDeliveryService tags, HttpCaching caching) {
        this.tags = tags;
        this.caching = caching;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags",
            description = "All tags in slug order, with how many published articles carry each.")
    @APIResponse(responseCode = "200", description = "A page of tags.", headers = {
            @Header(name = "Link", ref = "Link"),
            @Header(name = AcceptLanguage.CONTENT_LANGUAGE, description = CONTENT_LANGUAGE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 35,
                            pattern = Limits.LANGUAGE_PATTERN, examples = "de")),
            @Header(name = HttpHeaders.VARY, description = VARY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))}, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    public Response list(
            @Parameter(description = "Only tags of this type.", example = "person",
                    schema = @Schema(implementation = TagType.class))
            @QueryParam("type") String type,
            @Parameter(description = LANG, example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Parameter(description = ACCEPT_LANGUAGE, example = "de-CH, de;q=0.9, en;q=0.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AcceptLanguage.MAX_LENGTH))
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage,
            @BeanParam PageParams page,
            @Context UriInfo uri) {
        TagDeliveryService.Listing result = tags.list(EnumParameter.parse(TagType.class, "type", type), lang,
                AcceptLanguage.parse(acceptLanguage), page.cursor(), page.limit());
        List<String> keys = new ArrayList<>(List.of("tags"));
        result.page().items().forEach(tag -> keys.add("tag:" + tag.id()));
        return PageLinks.withNext(caching.ok(CacheFamily.TAG, result.page(), keys), uri, result.page().nextCursor())
                .header(AcceptLanguage.CONTENT_LANGUAGE, result.language()).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "Get a tag by slug",
            description = "To list its articles, use `GET /api/v1/articles?tag={slug}`. The slug of a tag that "
                    + "was merged into another, or renamed, answers `301 Moved Permanently` with no body and "
                    + "`Location: /api/v1/tags/{current-slug}`, keeping the query string (such as `?lang=de`). "
                    + "`?tag=` on the article list accepts such old slugs too and lists the current tag's articles.")
    @APIResponse(responseCode = "200", description = "The tag.", headers = {
            @Header(name = AcceptLanguage.CONTENT_LANGUAGE, description = NAME_LANGUAGE,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 35,
                            pattern = Limits.LANGUAGE_PATTERN, examples = "de")),
            @Header(name = HttpHeaders.VARY, description = VARY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))}, content = @Content(
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
            @Parameter(description = LANG, example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Parameter(description = ACCEPT_LANGUAGE, example = "de-CH, de;q=0.9, en;q=0.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AcceptLanguage.MAX_LENGTH))
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage,
            @Context UriInfo uri) {
        TagDeliveryService.Lookup found = tags.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage));
        if (found.movedTo() != null) {
            String query = uri.getRequestUri().getRawQuery();
            String location = "/api/v1/tags/" + found.movedTo() + (query == null ? "" : "?" + query);
            return caching.movedPermanently(CacheFamily.TAG, location).build();
        }
        return caching.ok(CacheFamily.TAG, found.tag(), List.of("tag:" + found.tag().id()))
                .header(AcceptLanguage.CONTENT_LANGUAGE, found.language()).build();
    }
}
