package io.masthead.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares in the contract what {@code fields} and {@code include} answer. A trimmed article lacks fields that the
 * full one always has, so the operations that trim answer either the full schema or a partial one: the same
 * properties, none of them required. Generated clients keep the full type for the common case, and a validator
 * accepts a trimmed answer without accepting any field the full one does not have.
 */
public final class PartialSchemas {
    private static final String PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";
    /** Full schema and its partial twin, in a fixed order so that the stored contract is the same on every build. */
    private static final Map<String, String> PARTIALS = new TreeMap<>(Map.of("Article", "ArticleFields",
            "ArticleSummary", "ArticleSummaryFields"));
    private static final List<String> PAGES = List.of("ArticlePage", "RelatedArticles");
    private static final List<String> DETAIL_OPERATIONS = List.of("getArticleBySlug", "getArticleById");

    private PartialSchemas() {
    }

    public static void apply(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.keySet().containsAll(PARTIALS.keySet())) {
            return;
        }
        PARTIALS.forEach((full, partial) -> openAPI.getComponents()
                .addSchema(partial, partialOf(full, schemas.get(full))));
        PAGES.stream().map(schemas::get).filter(page -> page != null && page.getProperties() != null)
                .forEach(page -> {
                    Schema items = page.getProperties().get("items");
                    items.setItems(either("ArticleSummary"));
                });
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(operation -> DETAIL_OPERATIONS.contains(operation.getOperationId()))
                .forEach(PartialSchemas::answerEither));
    }

    private static void answerEither(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().getMediaType(JSON);
        if (json != null) {
            json.setSchema(either("Article"));
        }
    }

    private static Schema either(String full) {
        return OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().ref(PREFIX + full))
                .addAnyOf(OASFactory.createSchema().ref(PREFIX + PARTIALS.get(full)));
    }

    private static Schema partialOf(String name, Schema full) {
        return OASFactory.createSchema()
                .type(new ArrayList<>(full.getType()))
                .additionalPropertiesBoolean(Boolean.FALSE)
                .properties(new LinkedHashMap<>(full.getProperties()))
                .description("`" + name + "` with only the fields that `fields` (and, for an article, `include`) "
                        + "keep: the same fields, none of them required.");
    }
}
