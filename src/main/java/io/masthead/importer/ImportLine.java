package io.masthead.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.article.ArticleContent;
import io.masthead.article.ArticleStatus;
import io.masthead.tag.TagContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One line of an import. Media items stay JSON here because their {@code id} sits beside the MediaContent
 * fields; {@link LineParser} separates the two.
 */
@Schema(name = "ImportLine", additionalProperties = Schema.False.class,
        description = "One line of an NDJSON import: an article, with the media and tags it needs created alongside.")
public record ImportLine(
        @Schema(defaultValue = "draft", description = "The state the article is created in. `published` with a "
                + "future `article.publishedAt` schedules it.")
        ArticleStatus status,
        @NotNull @Valid @Schema(required = true, description = "Exactly the body of `POST /manage/v1/articles`.")
        ArticleContent article,
        @Size(max = MAX_MEDIA)
        @Schema(type = SchemaType.ARRAY, implementation = ImportMedia.class, maxItems = MAX_MEDIA,
                description = "Media items to create before the article, which refers to them by `id`.")
        List<@NotNull JsonNode> media,
        @Size(max = MAX_TAGS) @Schema(maxItems = MAX_TAGS, description = "Tags to create before the article unless "
                + "their slug exists; `slug` is required here. `article.tags` lists their slugs.")
        List<@NotNull @Valid TagContent> tags) {

    static final int MAX_MEDIA = 50;
    static final int MAX_TAGS = 50;
}
