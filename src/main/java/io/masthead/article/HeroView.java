package io.masthead.article;

import io.masthead.media.Media;
import io.masthead.media.MediaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Hero", additionalProperties = Schema.False.class,
        description = "The lead image, with the caption and credit that apply in this article.")
public record HeroView(
        @Schema(required = true, description = "The image and its metadata.") MediaView media,
        @Schema(description = "The article's caption override, else the media item's caption.",
                examples = "Cranes at the container terminal on the night the talks ended.")
        String caption,
        @Schema(description = "The article's credit override, else the media item's credit.",
                examples = "© Northern Ledger / Jana Holm")
        String credit) {

    static HeroView of(Article article) {
        Media media = article.heroMedia;
        if (media == null) {
            return null;
        }
        return new HeroView(MediaView.of(media),
                article.heroCaption != null ? article.heroCaption : media.caption,
                article.heroCredit != null ? article.heroCredit : media.credit);
    }
}
