package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.masthead.http.SurrogateKeys;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.search.SearchHit;
import io.masthead.section.SectionRef;
import io.masthead.tag.TagLabel;
import io.masthead.tag.TagRef;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSummary", additionalProperties = Schema.False.class,
        description = "An article as a list shows it: enough for a teaser card, without the body.")
public record ArticleSummary(
        @Schema(required = true, description = "Stable for the article's lifetime; `GET /api/v1/articles/{id}` "
                + "returns the full article.")
        UUID id,
        @Schema(required = true, description = "The article's URL segment, unique per language.",
                examples = "harbour-deal-signed")
        String slug,
        @Schema(required = true, description = "BCP 47 language tag.", examples = "en") String language,
        @Schema(required = true, description = "The main title, as shown on the article page.",
                examples = "Harbour deal signed after all-night talks")
        String headline,
        @Schema(description = "A short line above the headline.", examples = "Trade") String kicker,
        @Schema(description = "The lead paragraph.",
                examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
        String standfirst,
        @Schema(description = "The section the article belongs to; absent when it has none.") SectionRef section,
        @Schema(description = "The lead image; absent when the article has none.") HeroView hero,
        @Schema(required = true, maxItems = 50, description = "The article's tags in display order, named in its "
                + "language.")
        List<TagRef> tags,
        @Schema(required = true, description = "The publication time shown to readers; lists are sorted by it.",
                examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime publishedAt,
        @Schema(required = true, description = "The last change to the article.", examples = "2026-11-20T09:10:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", description = "Estimated reading time in minutes, derived from the "
                + "word count.", examples = "3")
        int readingTimeMinutes,
        @Schema(description = "Length of the read-aloud version, when there is one.", examples = "128")
        Integer audioDurationSeconds,
        @Schema(description = "How the article matched `q`: its rank and a highlighted snippet. Present only when "
                + "the list was searched.")
        SearchHit search) {

    /** What the card shows, for the surrogate keys of a list: the article, its tags and its lead image. */
    @JsonIgnore
    public List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(SurrogateKeys.article(id));
        tags.forEach(tag -> keys.add("tag:" + tag.id()));
        if (hero != null) {
            keys.add("media:" + hero.media().id());
        }
        return keys;
    }

    /** Tag and section names fall back to {@code siteDefault}, which is asked only when a name is missing. */
    static ArticleSummary of(Article article, List<TagLabel> tags, SearchHit search, Supplier<String> siteDefault) {
        return new ArticleSummary(article.id, article.slug, article.language, article.headline, article.kicker,
                article.standfirst, SectionRef.of(article.section, article.language, siteDefault),
                HeroView.of(article),
                tags.stream().map(tag -> TagRef.of(tag, article.language, siteDefault)).toList(),
                OffsetTimestamp.toOffsetDateTime(article.publishedAt), OffsetTimestamp.toOffsetDateTime(article.updatedAt),
                article.readingTimeMinutes,
                article.audioMedia == null ? null : article.audioMedia.durationSeconds, search);
    }
}
