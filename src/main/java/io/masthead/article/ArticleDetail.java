package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.masthead.body.Block;
import io.masthead.body.BlockView;
import io.masthead.media.MediaView;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.section.SectionRef;
import io.masthead.tag.Tag;
import io.masthead.tag.TagRef;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", additionalProperties = Schema.False.class,
        description = "A published article with everything a page needs embedded: body, media, tags, translations.")
public record ArticleDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "harbour-deal-signed") String slug,
        @Schema(required = true, description = "BCP 47 language tag.", examples = "en") String language,
        @Schema(required = true, examples = "Harbour deal signed after all-night talks") String headline,
        @Schema(description = "A short line above the headline.", examples = "Trade") String kicker,
        @Schema(description = "The lead paragraph.") String standfirst,
        SectionRef section,
        HeroView hero,
        @Schema(description = "The read-aloud version.") AudioView audio,
        @Schema(required = true, maxItems = 20) List<Byline> byline,
        @Schema(required = true, maxItems = 20, description = "Agencies and outlets the article draws on.")
        List<SourceRef> sources,
        @Schema(required = true, maxItems = 50) List<TagRef> tags,
        @Schema(required = true, maxItems = 500, description = "The body, in order.") List<BlockView> blocks,
        @Schema(description = "When the article first went live. Always present on published articles; absent "
                + "only in the preview of an article that was never published.", examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime firstPublishedAt,
        @Schema(description = "The publication time shown to readers. Always present on published articles; absent "
                + "only in the preview of an article that was never published.", examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime publishedAt,
        @Schema(required = true, description = "The last change to the article.", examples = "2026-11-20T09:10:00Z")
        OffsetDateTime updatedAt,
        @Schema(required = true, minimum = "0", description = "Derived from the body.", examples = "412")
        int wordCount,
        @Schema(required = true, minimum = "0", description = "Derived from the word count.", examples = "3")
        int readingTimeMinutes,
        @Schema(required = true) SeoView seo,
        @Schema(required = true, maxItems = 50, description = "Published translations, by language.")
        List<TranslationRef> translations) {

    static ArticleDetail of(Article article, List<Block> blocks, List<Tag> tags, List<TranslationRef> translations) {
        return new ArticleDetail(article.id, article.slug, article.language, article.headline, article.kicker,
                article.standfirst, SectionRef.of(article.section, article.language), HeroView.of(article),
                AudioView.of(article),
                article.contributors.stream().map(c -> new Byline(c.name, c.role)).toList(),
                article.sources.stream().map(s -> new SourceRef(s.name, s.url)).toList(),
                tags.stream().map(tag -> TagRef.of(tag, article.language)).toList(),
                blocks.stream().map(BlockView::of).toList(),
                OffsetTimestamp.toOffsetDateTime(article.firstPublishedAt),
                OffsetTimestamp.toOffsetDateTime(article.publishedAt),
                OffsetTimestamp.toOffsetDateTime(article.updatedAt), article.wordCount,
                article.readingTimeMinutes,
                new SeoView(article.seoTitle != null ? article.seoTitle : article.headline,
                        article.seoDescription != null ? article.seoDescription : article.standfirst,
                        article.canonicalUrl),
                translations);
    }

    /** What this response shows, so that a CDN can purge it when any of these change. */
    @JsonIgnore
    public List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("article:" + id);
        tags.forEach(tag -> keys.add("tag:" + tag.id()));
        translations.forEach(translation -> keys.add("article:" + translation.id()));
        if (hero != null) {
            keys.add("media:" + hero.media().id());
        }
        return keys;
    }

    @Schema(name = "Byline", additionalProperties = Schema.False.class)
    public record Byline(
            @Schema(required = true, examples = "Jana Holm") String name,
            @Schema(examples = "author") String role) {
    }

    @Schema(name = "SourceRef", additionalProperties = Schema.False.class)
    public record SourceRef(
            @Schema(required = true, examples = "Baltic Wire") String name,
            @Schema(format = "uri") String url) {
    }

    @Schema(name = "Seo", additionalProperties = Schema.False.class,
            description = "What to put in the page head. Title and description fall back to headline and standfirst.")
    public record SeoView(
            @Schema(required = true) String title,
            String description,
            @Schema(format = "uri") String canonicalUrl) {
    }

    @Schema(name = "Audio", additionalProperties = Schema.False.class,
            description = "The read-aloud version of the article (\"listen, 2 minutes\").")
    public record AudioView(
            @Schema(required = true) MediaView media,
            @Schema(required = true, minimum = "0", examples = "128") int durationSeconds,
            @Schema(examples = "Anna Berger") String narrator) {

        static AudioView of(Article article) {
            if (article.audioMedia == null) {
                return null;
            }
            Integer duration = article.audioMedia.durationSeconds;
            return new AudioView(MediaView.of(article.audioMedia), duration == null ? 0 : duration,
                    article.audioMedia.narrator);
        }
    }
}
