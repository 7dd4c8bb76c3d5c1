package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.masthead.body.Block;
import io.masthead.body.BlockView;
import io.masthead.http.SurrogateKeys;
import io.masthead.media.MediaView;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.section.SectionRef;
import io.masthead.syndication.ArticleAddress;
import io.masthead.syndication.Publication;
import io.masthead.tag.TagLabel;
import io.masthead.tag.TagRef;
import jakarta.ws.rs.core.Link;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Article", additionalProperties = Schema.False.class,
        description = "A published article with everything a page needs embedded: body, media, tags, translations.")
public record ArticleDetail(
        @Schema(required = true, description = "Stable for the article's lifetime, unlike the slug; the same id as "
                + "in the management API.")
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
        @Schema(description = "The read-aloud version.") AudioView audio,
        @Schema(required = true, maxItems = 20, description = "The people credited with the article, in display order.")
        List<Byline> byline,
        @Schema(required = true, maxItems = 20, description = "Agencies and outlets the article draws on.")
        List<SourceRef> sources,
        @Schema(required = true, maxItems = 50, description = "The article's tags in display order, named in its "
                + "language.")
        List<TagRef> tags,
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
        @Schema(required = true, description = "What to put in the page head.") SeoView seo,
        @Schema(required = true, maxItems = 50, description = "Published translations, by language; with the "
                + "article itself, its hreflang alternates (the `Link` header lists them).")
        List<TranslationRef> translations,
        @JsonIgnore @Schema(hidden = true) String url,
        @JsonIgnore @Schema(hidden = true) UUID translationGroupId) {

    /**
     * The article with the parts {@code shape} has; the others stay empty and unread (lazy relations untouched).
     * Tag and section names fall back to {@code siteDefault}, which is asked only when a name is missing.
     */
    static ArticleDetail of(Article article, List<Block> blocks, List<TagLabel> tags,
                            List<TranslationRef> translations, ArticleShape shape, Supplier<String> siteDefault) {
        return of(article, blocks, tags, translations, shape, siteDefault, null);
    }

    /**
     * As {@link #of(Article, List, List, List, ArticleShape, Supplier)}, and, given the site's {@code publication},
     * with the article's own public URL, which only the {@code Link} header shows.
     */
    static ArticleDetail of(Article article, List<Block> blocks, List<TagLabel> tags,
                            List<TranslationRef> translations, ArticleShape shape, Supplier<String> siteDefault,
                            Publication publication) {
        boolean media = shape.has(ArticlePart.MEDIA);
        return new ArticleDetail(article.id, article.slug, article.language, article.headline, article.kicker,
                article.standfirst, SectionRef.of(article.section, article.language, siteDefault),
                media ? HeroView.of(article) : null, media ? AudioView.of(article) : null,
                shape.has(ArticlePart.BYLINE)
                        ? article.contributors.stream().map(c -> new Byline(c.name, c.role)).toList() : List.of(),
                shape.shows("sources")
                        ? article.sources.stream().map(s -> new SourceRef(s.name, s.url)).toList() : List.of(),
                tags.stream().map(tag -> TagRef.of(tag, article.language, siteDefault)).toList(),
                blocks.stream().map(BlockView::of).toList(),
                OffsetTimestamp.toOffsetDateTime(article.firstPublishedAt),
                article.firstPublishedAt == null ? null : OffsetTimestamp.toOffsetDateTime(article.publishedAt),
                OffsetTimestamp.toOffsetDateTime(article.updatedAt), article.wordCount,
                article.readingTimeMinutes,
                new SeoView(article.seoTitle != null ? article.seoTitle : article.headline,
                        article.seoDescription != null ? article.seoDescription : article.standfirst,
                        article.canonicalUrl),
                translations, publication == null || article.firstPublishedAt == null ? null
                        : publication.articleUrl(new ArticleAddress(article.id, article.language, article.slug,
                                article.section == null ? null : article.section.slug,
                                article.firstPublishedAt.instant)),
                article.translationGroupId);
    }

    /**
     * The hreflang alternates as RFC 8288 links: the article and each published translation, by language; none
     * unless every one of them has a public URL and there is at least one translation.
     */
    @JsonIgnore
    public List<Link> alternates() {
        return alternates(url, language, translations);
    }

    /** {@link #alternates()} of an article at {@code url} in {@code language} with these translations. */
    static List<Link> alternates(String url, String language, List<TranslationRef> translations) {
        if (url == null || translations.isEmpty() || translations.stream().anyMatch(t -> t.url() == null)) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        links.add(alternate(url, language));
        translations.forEach(translation -> links.add(alternate(translation.url(), translation.language())));
        links.sort(Comparator.comparing(link -> link.getParams().get("hreflang")));
        return links;
    }

    private static Link alternate(String url, String language) {
        return Link.fromUri(url).rel("alternate").param("hreflang", language).build();
    }

    /**
     * What this response shows, so that a CDN can purge it when any of these change: what the article itself
     * shows first, then its translations, which the delivery read model adds when it serves the article.
     */
    @JsonIgnore
    public List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(SurrogateKeys.article(id));
        tags.forEach(tag -> keys.add("tag:" + tag.id()));
        if (translationGroupId != null) {
            keys.add(SurrogateKeys.translations(translationGroupId));
        }
        if (hero != null) {
            keys.add("media:" + hero.media().id());
        }
        if (audio != null) {
            keys.add("media:" + audio.media().id());
        }
        blocks.stream().filter(BlockView.Image.class::isInstance)
                .forEach(image -> keys.add("media:" + ((BlockView.Image) image).media().id()));
        keys.addAll(translationKeys(translations));
        return keys.stream().distinct().toList();
    }

    /** The keys that the translations add: each translation, and the site while their URLs come from it. */
    static List<String> translationKeys(List<TranslationRef> translations) {
        List<String> keys = new ArrayList<>();
        translations.forEach(translation -> keys.add(SurrogateKeys.article(translation.id())));
        if (translations.stream().anyMatch(translation -> translation.url() != null)) {
            keys.add("site");
        }
        return keys;
    }

    @Schema(name = "Byline", additionalProperties = Schema.False.class,
            description = "A person credited with the article.")
    public record Byline(
            @Schema(required = true, description = "The person's name, as printed.", examples = "Jana Holm")
            String name,
            @Schema(description = "What the person did for the article, in the editor's words; absent when not given.",
                    examples = "author")
            String role) {
    }

    @Schema(name = "SourceRef", additionalProperties = Schema.False.class,
            description = "An agency or outlet the article draws on.")
    public record SourceRef(
            @Schema(required = true, description = "The source's name, as printed.", examples = "Baltic Wire")
            String name,
            @Schema(format = "uri", description = "A link to the source or the item used; absent when not given.",
                    examples = "https://balticwire.example/news/harbour-talks")
            String url) {
    }

    @Schema(name = "Seo", additionalProperties = Schema.False.class,
            description = "What to put in the page head. Title and description fall back to headline and standfirst.")
    public record SeoView(
            @Schema(required = true, description = "The page title for browsers and search results; the headline "
                    + "unless an editor set another.", examples = "Harbour deal signed: what changes for shipping")
            String title,
            @Schema(description = "The meta description for search results; the standfirst unless an editor set "
                    + "another. Absent when there is neither.",
                    examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
            String description,
            @Schema(format = "uri", description = "The URL search engines should treat as the original, when an "
                    + "editor set one; otherwise absent.",
                    examples = "https://ledger.example/trade/harbour-deal-signed")
            String canonicalUrl) {
    }

    @Schema(name = "Audio", additionalProperties = Schema.False.class,
            description = "The read-aloud version of the article (\"listen, 2 minutes\").")
    public record AudioView(
            @Schema(required = true, description = "The audio file and its metadata.") MediaView media,
            @Schema(required = true, minimum = "0", description = "The length of the recording in seconds; 0 when "
                    + "unknown.", examples = "128")
            int durationSeconds,
            @Schema(description = "The voice of the recording; absent when not given.", examples = "Anna Berger")
            String narrator) {

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
