package io.masthead.article;

import io.masthead.body.Block;
import io.masthead.http.Versioned;
import io.masthead.persistence.OffsetTimestamp;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as the management API shows it, in any state. What editors control is in {@code content}, which
 * is exactly the body PUT accepts; everything beside it is owned by the server.
 */
@Schema(name = "ManagedArticle", additionalProperties = Schema.False.class,
        description = "An article in any state, as the management API shows it: what editors control is in "
                + "`content`, exactly the body PUT accepts; everything beside it is owned by the server.")
public record ManagedArticle(
        @Schema(required = true, description = "Assigned by the server on create; the article keeps it for life.")
        UUID id,
        @Schema(required = true, description = "Scheduled means published with a publication time still to come.")
        ArticleState status,
        @Schema(required = true, minimum = "0", description = "Increases with every change; the ETag is \"v{version}\".",
                examples = "3")
        long version,
        @Schema(required = true, description = "When the article was created.", examples = "2026-11-19T16:20:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "The API key that created the article.", examples = "cms-integration") String createdBy,
        @Schema(required = true, description = "When the article last changed, by any write.",
                examples = "2026-11-20T09:10:00Z")
        OffsetDateTime updatedAt,
        @Schema(description = "The API key that changed it last.", examples = "cms-integration") String updatedBy,
        @Schema(description = "When it first went live; absent until it is published.")
        OffsetDateTime firstPublishedAt,
        @Schema(required = true, minimum = "0", description = "Words in the body, counted by the server.",
                examples = "412")
        int wordCount,
        @Schema(required = true, minimum = "0", description = "Estimated reading time in minutes, derived from the "
                + "word count.", examples = "3")
        int readingTimeMinutes,
        @Schema(required = true, maxItems = 50, description = "The other articles of its translation group, in any state.")
        List<ManagedTranslation> translations,
        @Schema(required = true, description = "What editors control; change it and send it back with PUT.")
        ArticleContent content)implements Versioned {

    /** The fields a client may not send: everything except the content. */
    public static final Set<String> SERVER_OWNED = Arrays.stream(ManagedArticle.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(name -> !name.equals("content"))
            .collect(Collectors.toUnmodifiableSet());

    static ManagedArticle of(Article article, List<Block> blocks, List<Article> translations, Instant now) {
        return new ManagedArticle(article.id, ArticleState.of(article, now), article.version,
                OffsetTimestamp.toOffsetDateTime(article.createdAt), article.createdBy,
                OffsetTimestamp.toOffsetDateTime(article.updatedAt), article.updatedBy,
                OffsetTimestamp.toOffsetDateTime(article.firstPublishedAt), article.wordCount,
                article.readingTimeMinutes,
                translations.stream().map(t -> new ManagedTranslation(t.id, t.language, t.slug,
                        ArticleState.of(t, now))).toList(),
                ArticleContent.of(article, blocks));
    }

    @Schema(name = "ManagedTranslation", additionalProperties = Schema.False.class,
            description = "Another article of the same translation group, in whatever state it is.")
    public record ManagedTranslation(
            @Schema(required = true, description = "The translation's id in the management API.") UUID id,
            @Schema(required = true, description = "BCP 47 language tag.", examples = "de") String language,
            @Schema(required = true, description = "The translation's URL segment in its language.",
                    examples = "hafenabkommen-unterzeichnet")
            String slug,
            @Schema(required = true, description = "The translation's workflow state.") ArticleState status) {
    }
}
