package io.masthead.representation;

import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import io.masthead.localization.AcceptLanguage;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The standard representations of one article, chosen by {@code Accept} on the article's own URLs: a schema.org
 * NewsArticle ({@code application/ld+json}) or an IPTC ninjs item ({@code application/vnd.iptc.ninjs+json}).
 * This class shares its paths with the JSON resource; the lower server quality ({@code qs}) keeps JSON the answer
 * to {@code Accept: *}{@code /*}. The contract declares these media types on the JSON operations, so the
 * negotiated methods are hidden from it; the {@code .jsonld} URLs, for validators that cannot send headers, are
 * operations of their own.
 */
@Path("/api/v1/articles")
@Tag(name = "Articles")
public class ArticleRepresentationResource {
    static final String JSON_LD = NewsArticleJsonLd.MEDIA_TYPE;
    static final String NINJS = NinjsItem.MEDIA_TYPE;
    private static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);
    private static final MediaType NINJS_TYPE = MediaType.valueOf(NINJS);
    private static final String SLUG = "The article's slug.";
    private static final String LANG = "The language of the article (BCP 47); without it, "
            + "`Accept-Language` chooses among the slug's languages, falling back to the site's default language.";
    private static final String ID = "The article's id.";

    private final RepresentationService articles;
    private final HttpCaching caching;

    ArticleRepresentationResource(RepresentationService articles, HttpCaching caching) {
        this.articles = articles;
        this.caching = caching;
    }

    @GET
    @Path("/{slug}")
    @Produces(JSON_LD + ";qs=0.5")
    @Operation(hidden = true)
    public Response jsonLdBySlug(
            @PathParam("slug") @Size(max = Limits.MAX_SLUG_LENGTH) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage) {
        return jsonLd(articles.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage)));
    }

    @GET
    @Path("/{slug}")
    @Produces(NINJS + ";qs=0.5")
    @Operation(hidden = true)
    public Response ninjsBySlug(
            @PathParam("slug") @Size(max = Limits.MAX_SLUG_LENGTH) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage) {
        return ninjs(articles.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage)));
    }

    @GET
    @Path("/id/{id}")
    @Produces(JSON_LD + ";qs=0.5")
    @Operation(hidden = true)
    public Response jsonLdById(@PathParam("id") UUID id) {
        return jsonLd(articles.byId(id));
    }

    @GET
    @Path("/id/{id}")
    @Produces(NINJS + ";qs=0.5")
    @Operation(hidden = true)
    public Response ninjsById(@PathParam("id") UUID id) {
        return ninjs(articles.byId(id));
    }

    @GET
    @Path("/{slug}.jsonld")
    @Produces(JSON_LD)
    @Operation(operationId = "getArticleJsonLdBySlug", summary = "Get a published article as JSON-LD by slug",
            description = "The schema.org NewsArticle that `GET /api/v1/articles/{slug}` returns for "
                    + "`Accept: application/ld+json`, at a URL of its own for structured-data validators and tools "
                    + "that cannot send headers.")
    @APIResponse(responseCode = "200", description = "The article as a schema.org NewsArticle.", content = @Content(
            mediaType = JSON_LD, schema = @Schema(implementation = NewsArticleJsonLd.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response jsonLdFileBySlug(
            @Parameter(description = SLUG, example = "hafenarbeiter-drohen-mit-streik")
            @PathParam("slug") @Size(max = Limits.MAX_SLUG_LENGTH) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @Parameter(description = LANG, example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Parameter(description = AcceptLanguage.DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AcceptLanguage.MAX_LENGTH))
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage) {
        return jsonLd(articles.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage)));
    }

    @GET
    @Path("/id/{id}.jsonld")
    @Produces(JSON_LD)
    @Operation(operationId = "getArticleJsonLdById", summary = "Get a published article as JSON-LD by id",
            description = "The schema.org NewsArticle that `GET /api/v1/articles/id/{id}` returns for "
                    + "`Accept: application/ld+json`, at a URL of its own.")
    @APIResponse(responseCode = "200", description = "The article as a schema.org NewsArticle.", content = @Content(
            mediaType = JSON_LD, schema = @Schema(implementation = NewsArticleJsonLd.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response jsonLdFileById(
            @Parameter(description = ID, example = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c") @PathParam("id") UUID id) {
        return jsonLd(articles.byId(id));
    }

    private Response jsonLd(RepresentedArticle article) {
        return caching.ok(CacheFamily.ARTICLE, JsonLdMapper.of(article), JSON_LD_TYPE, article.surrogateKeys())
                .header(AcceptLanguage.CONTENT_LANGUAGE, article.article().language()).build();
    }

    private Response ninjs(RepresentedArticle article) {
        return caching.ok(CacheFamily.ARTICLE, NinjsMapper.of(article), NINJS_TYPE, article.surrogateKeys())
                .header(AcceptLanguage.CONTENT_LANGUAGE, article.article().language()).build();
    }
}
