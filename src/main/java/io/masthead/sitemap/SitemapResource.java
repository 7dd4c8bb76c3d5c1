package io.masthead.sitemap;

import io.masthead.error.InvalidParameter;
import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.SurrogateKeys;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sitemaps")
@Produces(SitemapXml.MEDIA_TYPE)
@Tag(name = "Sitemaps")
public class SitemapResource {
    /**
     * Sitemaps list up to 50,000 articles, so their responses name collections, not each article: a CDN purges
     * them with {@code articles} (any publication) or {@code sitemaps}.
     */
    private static final List<String> SURROGATE_KEYS = List.of("sitemaps", SurrogateKeys.ARTICLES, "site");
    private static final MediaType XML = MediaType.valueOf(SitemapXml.MEDIA_TYPE);
    private static final String MAX_PAGE = "2147483647";

    private final SitemapService sitemaps;
    private final SitemapConfig config;
    private final HttpCaching caching;

    SitemapResource(SitemapService sitemaps, SitemapConfig config, HttpCaching caching) {
        this.sitemaps = sitemaps;
        this.config = config;
        this.caching = caching;
    }

    @GET
    @Path("/index.xml")
    @Operation(operationId = "getSitemapIndex", summary = "Sitemap index", description = "A sitemaps.org index of "
            + "every article file (one per UTC month of first publication, split into pages of at most 50,000 URLs) "
            + "and of the Google News sitemap. Files are named at `masthead.sitemaps.public-base-url`, or at this "
            + "API when that is unset. Proxy the site's `/sitemap.xml` here.")
    @APIResponse(responseCode = "200", description = "A sitemap index.", content = @Content(
            mediaType = SitemapXml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 50_000_000,
            description = "Sitemap index XML (sitemaps.org 0.9)."),
            examples = @ExampleObject(name = "index", value = SitemapExamples.INDEX)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response index(@Context UriInfo uri) {
        return ok(SitemapXml.index(sitemaps.index(base(uri), config.urlsPerFile())));
    }

    @GET
    @Path("/articles/{month}.xml")
    @Operation(operationId = "getArticleSitemap", summary = "Article sitemap of one month", description = "The "
            + "published articles first published in this UTC month, oldest first, with `lastmod` and, for articles "
            + "with published translations, an `xhtml:link rel=\"alternate\" hreflang` per language version (itself "
            + "included). A month with more articles than fit in one file continues on `page=2` and so on; the index "
            + "lists every page. A file's articles never change because others are published.")
    @APIResponse(responseCode = "200", description = "A sitemap.", content = @Content(
            mediaType = SitemapXml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 50_000_000,
            description = "Sitemap XML (sitemaps.org 0.9) with xhtml:link alternates."),
            examples = @ExampleObject(name = "articles", value = SitemapExamples.ARTICLES)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response articles(
            @Parameter(description = "The UTC month of first publication, `yyyy-mm`.", example = "2026-11")
            @PathParam("month") @Size(max = 7) @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$") String month,
            @Parameter(description = "Which file of the month, from 1.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = MAX_PAGE, defaultValue = "1"))
            @QueryParam("page") String page) {
        return ok(SitemapXml.urls(sitemaps.month(YearMonth.parse(month), page(page), config.urlsPerFile())));
    }

    @GET
    @Path("/news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "Google News sitemap", description = "The articles first "
            + "published in the last 48 hours, newest first, at most 1,000, with `news:publication` (the edition's "
            + "name and language), `news:publication_date` and `news:title`. Without such articles the `urlset` is "
            + "empty.")
    @APIResponse(responseCode = "200", description = "A news sitemap.", content = @Content(
            mediaType = SitemapXml.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 50_000_000,
            description = "Sitemap XML with the Google News extension."),
            examples = @ExampleObject(name = "news", value = SitemapExamples.NEWS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response news() {
        return ok(SitemapXml.news(sitemaps.news()));
    }

    private Response ok(byte[] xml) {
        return caching.ok(CacheFamily.FEED, xml, XML, SURROGATE_KEYS).build();
    }

    private String base(UriInfo uri) {
        return config.publicBaseUrl()
                .orElseGet(() -> uri.getBaseUriBuilder().path("api/v1/sitemaps").build().toString());
    }

    private static int page(String page) {
        if (page == null) {
            return 1;
        }
        try {
            int value = Integer.parseInt(page.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new InvalidParameter("page", "page must be a whole number from 1; got '" + page + "'.");
    }
}
