package io.masthead.sync;

import io.masthead.article.ArticleDetail;
import io.masthead.article.ArticleSummary;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One record of the changes feed. The schema is deliberately one open object rather than a closed union, so that
 * later versions can add record types that existing clients skip.
 */
@Schema(name = "Change", description = "One record of the changes feed. Apply records in order; `type` says what "
        + "to do. Known types are `upsert` (store or replace the article; `article` holds it) and `remove` (drop "
        + "the article if you have it; it was unpublished, archived, deleted or scheduled again for later). More "
        + "types may be added without a new major version: skip records whose type you do not know.")
public record ChangeView(
        @Schema(required = true, maxLength = 40, pattern = "^[a-z][a-z0-9-]*$",
                description = "What to do: `upsert` or `remove`, or a type added later (skip it).", examples = "upsert")
        String type,
        @Schema(required = true, description = "The article's id: the key to store it under.")
        UUID id,
        @Schema(anyOf = {ArticleSummary.class, ArticleDetail.class},
                description = "On `upsert` only: the article as it is published now. An `ArticleSummary`, or with "
                        + "`include=article` the full `Article`, exactly as `GET /api/v1/articles/{slug}` returns it.")
        Object article) {

    static ChangeView upsert(UUID id, Object article) {
        return new ChangeView("upsert", id, article);
    }

    static ChangeView remove(UUID id) {
        return new ChangeView("remove", id, null);
    }
}
