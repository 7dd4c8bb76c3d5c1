package io.masthead.search;

import io.masthead.article.SummaryFieldsParam;
import io.masthead.delivery.Projection;
import io.masthead.error.InvalidParameter;
import io.masthead.http.CacheFamily;
import io.masthead.http.HttpCaching;
import io.masthead.http.Limits;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{slug}/related")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class RelatedArticlesResource {
    private final RelatedArticlesService related;
    private final HttpCaching caching;
    private final Projection projection;

    RelatedArticlesResource(RelatedArticlesService related, HttpCaching caching, Projection projection) {
        this.related = related;
        this.caching = caching;
        this.projection = projection;
    }

    @GET
    @Operation(operationId = "listRelatedArticles", summary = "Articles related to a published article",
            description = "Published articles in the article's language that share at least one tag with it, never "
                    + "the article itself. Each scores `sharedTags × 30 / (30 + ageInDays)`, where `ageInDays` is the "
                    + "time since its publication: an article of today counts its shared tags fully, one of 30 days "
                    + "half, one of 90 days a quarter. Best score first; ties go to the newer article, then to the "
                    + "higher id.")
    @APIResponse(responseCode = "200", description = "The related articles.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedArticles.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response related(
            @Parameter(description = "The article's slug.", example = "hafenarbeiter-drohen-mit-streik")
            @PathParam("slug") @Size(max = Limits.MAX_SLUG_LENGTH) @Pattern(regexp = Limits.SLUG_PATTERN) String slug,
            @Parameter(description = "The language of the article (BCP 47); without it, "
                    + "`Accept-Language` chooses among the slug's languages, falling back to the site's default language. "
                    + "Related articles are in the same language.", example = "de")
            @QueryParam("lang") @Pattern(regexp = Limits.LANGUAGE_PATTERN) String lang,
            @Parameter(description = "How many related articles to return at most.",
                    example = Limits.DEFAULT_RELATED_TEXT,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = Limits.MAX_RELATED_TEXT,
                            defaultValue = Limits.DEFAULT_RELATED_TEXT))
            @QueryParam("limit") String limit,
            @BeanParam SummaryFieldsParam fields,
            @Parameter(description = AcceptLanguage.DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = AcceptLanguage.MAX_LENGTH))
            @HeaderParam(AcceptLanguage.HEADER) String acceptLanguage) {
        Set<String> selected = fields.selected();
        RelatedArticles result = related.of(slug, lang, AcceptLanguage.parse(acceptLanguage), limit(limit), selected);
        return caching.ok(CacheFamily.LIST, projection.items(result, selected), result.surrogateKeys())
                .header(AcceptLanguage.CONTENT_LANGUAGE, result.language()).build();
    }

    private static int limit(String limit) {
        if (limit == null) {
            return Limits.DEFAULT_RELATED;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= Limits.MAX_RELATED) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new InvalidParameter("limit",
                "limit must be a whole number from 1 to " + Limits.MAX_RELATED + "; got '" + limit + "'.");
    }
}
