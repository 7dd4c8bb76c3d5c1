package io.masthead.article;

import io.masthead.body.Block;
import io.masthead.body.BlockInput;
import io.masthead.http.Limits;
import io.masthead.persistence.OffsetTimestamp;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an editor writes about an article. Server-owned values (id, status, version, timestamps other than
 * the publication time, word count) are not part of it, so a client cannot set them.
 */
@Schema(name = "ArticleContent", additionalProperties = Schema.False.class,
        description = "Everything an editor writes about an article: the body of POST and PUT. Server-owned values "
                + "(id, status, version, timestamps, word count) are not part of it.")
public record ArticleContent(
        @NotBlank @Pattern(regexp = Limits.LANGUAGE_PATTERN, message = "must be a BCP 47 language tag such as de or en-GB")
        @Schema(required = true, description = "BCP 47 language tag.", examples = "de")
        String language,
        @Size(max = Limits.MAX_SLUG_LENGTH)
        @Pattern(regexp = Limits.SLUG_PATTERN, message = "must be lower-case letters, digits and single hyphens")
        @Schema(description = "Unique per language. Derived from the headline when omitted (at most 80 characters).",
                examples = "harbour-deal-signed")
        String slug,
        @NotBlank @Size(max = 500)
        @Schema(required = true, description = "The main title, as shown on the article page.",
                examples = "Harbour deal signed after all-night talks")
        String headline,
        @Size(max = 200) @Schema(nullable = true, description = "A short line above the headline.", examples = "Trade")
        String kicker,
        @Size(max = 2000) @Schema(nullable = true, description = "The lead paragraph under the headline.",
                examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
        String standfirst,
        @Pattern(regexp = Limits.SLUG_PATTERN) @Schema(nullable = true,
                description = "Slug of a section.", examples = "politics")
        String section,
        @Valid @Schema(description = "The lead image; omit it for an article without one.") Hero hero,
        @Valid @Schema(description = "The read-aloud version; omit it when there is none.") Audio audio,
        @Size(max = 20) @Schema(maxItems = 20, description = "The people credited in the byline, in display order.")
        List<@NotNull @Valid ContributorInput> contributors,
        @Size(max = 20) @Schema(maxItems = 20, description = "Agencies and outlets the article draws on, in display "
                + "order.")
        List<@NotNull @Valid SourceInput> sources,
        @Size(max = 50) @Schema(maxItems = 50, description = "Slugs of existing tags, in display order.")
        List<@NotNull @Pattern(regexp = Limits.SLUG_PATTERN) String> tags,
        @Schema(description = "When the article goes (or went) live. In the future, publishing schedules it.",
                examples = "2026-11-20T08:45:00+01:00")
        OffsetDateTime publishedAt,
        @Valid @Schema(description = "Overrides for the page head; omit it to use the headline and standfirst.")
        Seo seo,
        @Schema(description = "The id of an article this one translates; both then list each other as translations.")
        UUID translationOf,
        @NotNull @Size(max = 500) @Schema(required = true, maxItems = 500, description = "The body, in order; may "
                + "be empty for a draft.")
        List<@NotNull @Valid BlockInput> blocks) {

    /**
     * The stored article as editor content: what GET shows and PUT accepts. {@code translationOf} is empty;
     * the current translations are listed beside the content.
     */
    public static ArticleContent of(Article article, List<Block> blocks) {
        Seo seo = article.seoTitle == null && article.seoDescription == null && article.canonicalUrl == null
                ? null
                : new Seo(article.seoTitle, article.seoDescription, article.canonicalUrl);
        return new ArticleContent(article.language, article.slug, article.headline, article.kicker,
                article.standfirst, article.section == null ? null : article.section.slug,
                article.heroMedia == null ? null
                        : new Hero(article.heroMedia.id, article.heroCaption, article.heroCredit),
                article.audioMedia == null ? null : new Audio(article.audioMedia.id),
                article.contributors.stream().map(c -> new ContributorInput(c.name, c.role)).toList(),
                article.sources.stream().map(s -> new SourceInput(s.name, s.url)).toList(),
                article.tags.stream().map(tag -> tag.slug).toList(),
                OffsetTimestamp.toOffsetDateTime(article.publishedAt), seo, null,
                blocks.stream().map(BlockInput::of).toList());
    }

    @Schema(name = "HeroInput", additionalProperties = Schema.False.class,
            description = "The lead image of an article: an image media item, with optional overrides of its caption "
                    + "and credit for this article.")
    public record Hero(
            @NotNull @Schema(required = true, description = "An image media item.") UUID mediaId,
            @Size(max = 2000) @Schema(nullable = true, description = "Overrides the media item's caption.",
                    examples = "Cranes at the container terminal on the night the talks ended.")
            String caption,
            @Size(max = 500) @Schema(nullable = true, description = "Overrides the media item's credit.",
                    examples = "© Northern Ledger / Jana Holm")
            String credit) {
    }

    @Schema(name = "AudioInput", additionalProperties = Schema.False.class,
            description = "The read-aloud version of an article: an audio media item.")
    public record Audio(
            @NotNull @Schema(required = true, description = "An audio media item: the read-aloud version.")
            UUID mediaId) {
    }

    @Schema(name = "ContributorInput", additionalProperties = Schema.False.class,
            description = "A person credited in the article's byline.")
    public record ContributorInput(
            @NotBlank @Size(max = 200)
            @Schema(required = true, description = "The person's name, as printed.", examples = "Jana Holm")
            String name,
            @Size(max = 100) @Schema(nullable = true,
                    description = "What the person did for the article, in your own words; "
                    + "optional.", examples = "author")
            String role) {
    }

    @Schema(name = "SourceInput", additionalProperties = Schema.False.class,
            description = "An agency or outlet the article draws on.")
    public record SourceInput(
            @NotBlank @Size(max = 200)
            @Schema(required = true, description = "The source's name, as printed.", examples = "Baltic Wire")
            String name,
            @Size(max = 2048) @Pattern(regexp = "^https?://.+", message = "must be an http or https URL")
            @Schema(nullable = true,
                    format = "uri", description = "An http or https link to the source or the item used; optional.",
                    examples = "https://balticwire.example/news/harbour-talks")
            String url) {
    }

    @Schema(name = "SeoInput", additionalProperties = Schema.False.class,
            description = "Overrides for the page head. Omitted values fall back to the headline and standfirst.")
    public record Seo(
            @Size(max = 300) @Schema(nullable = true,
                    description = "The page title for browsers and search results, when it should "
                    + "differ from the headline.", examples = "Harbour deal signed: what changes for shipping")
            String title,
            @Size(max = 1000) @Schema(nullable = true,
                    description = "The meta description for search results, when it should differ "
                    + "from the standfirst.",
                    examples = "Port operators and the city agreed on new fees after twelve hours of talks.")
            String description,
            @Size(max = 2048) @Pattern(regexp = "^https?://.+", message = "must be an http or https URL")
            @Schema(nullable = true,
                    format = "uri", description = "The http or https URL search engines should treat as the "
                    + "original, such as the first publication of a syndicated story.",
                    examples = "https://ledger.example/trade/harbour-deal-signed")
            String canonicalUrl) {
    }
}
