package io.masthead.article;

import io.masthead.delivery.Projection;
import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
import io.masthead.http.PageLinks;
import io.masthead.http.PageParams;
import io.masthead.localization.AcceptLanguage;
import io.masthead.representation.ArticleFormats;
import io.masthead.representation.NewsArticleJsonLd;
import io.masthead.representation.NinjsItem;
import io.masthead.search.SearchBackend;
import io.masthead.search.SearchMode;
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
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleDeliveryResource {
    private static final String ALTERNATES = "JSON only: the hreflang alternates, for `<link rel=\"alternate\" "
            + "hreflang>`: the article and each published translation at its public URL (`url` of the "
            + "translations), by language. Absent when the article has no published translation, when `include` or "
            + "`fields` leave the translations out, and while no site is configured.";
    private static final String ALTERNATES_EXAMPLE = "<https://example.com/harbour-deal-signed>; rel=\"alternate\"; "
            + "hreflang=\"en\", <https://de.example.com/hafenabkommen-unterzeichnet>; rel=\"alternate\"; "
            + "hreflang=\"de\"";
    private final ArticleDeliveryService articles;
    private final RenderedArticles rendered;
    private final ArticleLists lists;
    private final SearchBackend search;
    private final HttpCaching caching;
    private final Projection projection;

    ArticleDeliveryResource(ArticleDeliveryService articles, RenderedArticles rendered, ArticleLists lists,
                            SearchBackend search, HttpCaching caching, Projection projection) {
        this.articles = articles;
        this.rendered = rendered;
        this.lists = lists;
        this.search = search;
        this.caching = caching;
        this.projection = projection;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List, filter and search published articles",
            description = "Keyset-paginated: follow `nextCursor` (or the `Link: rel=\"next\"` header) until it is "
                    + "absent. Filters combine with AND. Only articles that are published now appear, in lists, "
                    + "counts and snippets alike.")
    @APIResponse(responseCode = "200", description = "A page of articles.",
            headers = {
                @Header(name = "Link", ref = "Link"),
                @Header(name = SearchMode.HEADER, description = "Present when the request has `q`: how this server "
                        + "matched it. `full-text` is PostgreSQL full-text search (stemming, weights, compounds, "
                        + "typos); `basic` is the embedded H2 database's case-insensitive substring match.",
                        schema = @Schema(type = SchemaType.STRING, enumeration = {"full-text", "basic"},
                                examples = "full-text"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticlePage.class)))
    public Response list(@BeanParam ArticleListParams list, @BeanParam PageParams page,
                         @BeanParam SummaryFieldsParam fields, @Context UriInfo uri) {
        Set<String> selected = fields.selected();
        ServedPage result = lists.list(list.query(), page.cursor(), page.limit(), list.count(), selected);
        Response.ResponseBuilder response = caching.ok(CacheFamily.LIST, projection.items(result.body(), selected),
                result.surrogateKeys());
        if (list.searching()) {
            response.header(SearchMode.HEADER, search.mode().headerValue());
        }
        return PageLinks.withNext(response, uri, result.nextCursor()).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticleBySlug", summary = "Get a published article by slug",
            description = "Slugs are unique per language. Without `lang`, the site's default language is used. "
                    + "The response embeds the body blocks, hero and audio media, tags and translations; `include`, "
                    + "`fields` and `format` trim it, and what they leave out is not read at all.")
    @APIResponse(responseCode = "200", description = ArticleFormats.DESCRIPTION, headers = {
            @Header(name = "Vary", description = ArticleFormats.VARY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            @Header(name = "Link", description = ALTERNATES, schema = @Schema(type = SchemaType.STRING,
                    examples = ALTERNATES_EXAMPLE))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)),
                    @Content(mediaType = ArticleFormats.JSON_LD, schema = @Schema(implementation = NewsArticleJsonLd.class)),
                    @Content(mediaType = ArticleFormats.NINJS, schema = @Schema(implementation = NinjsItem.class))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response bySlug(
            @Parameter(description = "The article's slug.", example = "hafenarbeiter-drohen-mit-streik")
            @PathParam("slug") @Size(max = Limits.MAX_SLUG_LENGTH) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @Parameter(description = "The language of the article (BCP 47). Without it, `Accept-Language` chooses "
                    + "among the languages the slug is published in, and the site's default language is the fallback.",
                    example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Parameter(description = AcceptLanguage.DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AcceptLanguage.MAX_LENGTH))
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage,
            @BeanParam ArticleShapeParams shape) {
        ArticleShape wanted = shape.shape();
        if (ArticleShape.FULL.equals(wanted)) {
            return rendered(rendered.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage)));
        }
        return detail(articles.bySlug(slug, lang, AcceptLanguage.parse(acceptLanguage), wanted), wanted);
    }

    @GET
    @Path("/id/{id}")
    @Operation(operationId = "getArticleById", summary = "Get a published article by id",
            description = "The same representation as the lookup by slug. Ids never change; slugs may.")
    @APIResponse(responseCode = "200", description = ArticleFormats.DESCRIPTION, headers = {
            @Header(name = "Vary", description = ArticleFormats.VARY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            @Header(name = "Link", description = ALTERNATES, schema = @Schema(type = SchemaType.STRING,
                    examples = ALTERNATES_EXAMPLE))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)),
                    @Content(mediaType = ArticleFormats.JSON_LD, schema = @Schema(implementation = NewsArticleJsonLd.class)),
                    @Content(mediaType = ArticleFormats.NINJS, schema = @Schema(implementation = NinjsItem.class))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response byId(
            @Parameter(description = "The article's id.", example = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
            @PathParam("id") UUID id,
            @BeanParam ArticleShapeParams shape) {
        ArticleShape wanted = shape.shape();
        if (ArticleShape.FULL.equals(wanted)) {
            return rendered(rendered.byId(id));
        }
        return detail(articles.byId(id, wanted), wanted);
    }

    private Response rendered(RenderedArticle article) {
        return caching.ok(CacheFamily.ARTICLE, article.json(), MediaType.APPLICATION_JSON_TYPE,
                        article.surrogateKeys())
                .links(article.alternates().toArray(Link[]::new))
                .header(AcceptLanguage.CONTENT_LANGUAGE, article.language()).build();
    }

    private Response detail(ArticleDetail article, ArticleShape shape) {
        Object body = projection.one(article, shape.served(ArticleShapeParams.DETAIL_FIELDS.allowed()),
                shape.format());
        return caching.ok(CacheFamily.ARTICLE, body, article.surrogateKeys())
                .links(article.alternates().toArray(Link[]::new))
                .header(AcceptLanguage.CONTENT_LANGUAGE, article.language()).build();
    }
}
