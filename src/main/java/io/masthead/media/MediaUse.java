package io.masthead.media;

import io.masthead.article.ArticleState;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MediaUse", additionalProperties = Schema.False.class,
        description = "One article that uses the media item, in whatever state the article is.")
public record MediaUse(
        @Schema(required = true, description = "The id of the article that uses the item.") UUID articleId,
        @Schema(required = true, maxLength = 200, description = "The article's URL segment in its language.",
                examples = "harbour-deal-signed")
        String slug,
        @Schema(required = true, maxLength = 35, description = "BCP 47 language tag of the article.", examples = "en")
        String language,
        @Schema(required = true, description = "The article's workflow state; an item counts as used in any state.")
        ArticleState status,
        @Schema(required = true, description = "`hero`: the lead image; `audio`: the read-aloud version; "
                + "`block`: an image block in the body.")
        MediaRole role) {
}
