package io.masthead.article;

import io.masthead.persistence.OffsetTimestamp;
import io.masthead.section.SectionRef;
import io.masthead.tag.Tag;
import io.masthead.tag.TagRef;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", additionalProperties = Schema.False.class,
        description = "An article as a list shows it: enough for a teaser card, without the body.")
public record ArticleSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "harbour-deal-signed") String slug,
        @Schema(required = true, examples = "en") String language,
        @Schema(required = true, examples = "Harbour deal signed after all-night talks") String headline,
        @Schema(examples = "Trade") String kicker,
        String standfirst,
        SectionRef section,
        HeroView hero,
        @Schema(required = true, maxItems = 50) List<TagRef> tags,
        @Schema(required = true, examples = "2026-11-20T08:45:00+01:00") OffsetDateTime publishedAt,
        @Schema(required = true, examples = "2026-11-20T09:10:00Z") OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", examples = "3") int readingTimeMinutes,
        @Schema(description = "Length of the read-aloud version, when there is one.", examples = "128")
        Integer audioDurationSeconds) {

    static ArticleSummary of(Article article, List<Tag> tags) {
        return new ArticleSummary(article.id, article.slug, article.language, article.headline, article.kicker,
                article.standfirst, SectionRef.of(article.section, article.language), HeroView.of(article),
                tags.stream().map(tag -> TagRef.of(tag, article.language)).toList(),
                OffsetTimestamp.toOffsetDateTime(article.publishedAt), OffsetTimestamp.toOffsetDateTime(article.updatedAt),
                article.readingTimeMinutes,
                article.audioMedia == null ? null : article.audioMedia.durationSeconds);
    }
}
