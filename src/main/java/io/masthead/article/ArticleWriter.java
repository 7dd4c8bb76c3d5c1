package io.masthead.article;

import io.masthead.body.BodyBuilder;
import io.masthead.body.TextStats;
import io.masthead.error.Conflict;
import io.masthead.error.InvalidContent;
import io.masthead.persistence.Ids;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.platform.Slugs;
import io.masthead.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Creates articles from editor content; every derived value (slug, sanitized text, word count, the search index)
 * is set here, in the transaction of the change.
 */
@ApplicationScoped
@Transactional
public class ArticleWriter {
    private final EditorialArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleConfig config;
    private final SearchBackend search;
    private final Clock clock;

    ArticleWriter(EditorialArticleRepository articles, ArticleReferences references, ArticleConfig config,
                  SearchBackend search, Clock clock) {
        this.articles = articles;
        this.references = references;
        this.config = config;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Stores a new article in the given state. A published article without a publication time goes live now;
     * one with a future time is scheduled.
     */
    public Article create(@NotNull @Valid ArticleContent content, @NotNull ArticleStatus status,
                          @NotNull String author) {
        return create(references.require(content), status, author);
    }

    /** Like {@link #create(ArticleContent, ArticleStatus, String)}, for content whose references were resolved. */
    Article create(ArticleReferences.Resolved resolved, ArticleStatus status, String author) {
        ArticleContent content = resolved.content();
        Article article = new Article();
        article.id = Ids.next();
        article.createdAt = OffsetTimestamp.of(OffsetDateTime.now(clock));
        article.createdBy = author;
        article.translationGroupId = content.translationOf() == null
                ? Ids.next()
                : translationGroupOf(content.translationOf(), article.id, content.language());
        String body = apply(article, resolved, author);
        article.status = status;
        if (status == ArticleStatus.DRAFT) {
            article.publishedAt = OffsetTimestamp.of(content.publishedAt());
        } else {
            setPublicationTime(article, content.publishedAt());
        }
        articles.persist(article);
        articles.flush();
        search.index(article.id, body, article.status == ArticleStatus.PUBLISHED);
        return article;
    }

    /**
     * Replaces everything an editor controls; the workflow state stays as it is. A publication time in the content
     * moves a published article's (rescheduling it, or backdating it); a draft keeps it as the time it is planned
     * for. Without one, the article keeps its time.
     */
    Article replace(Article article, ArticleReferences.Resolved resolved, String author) {
        ArticleContent content = resolved.content();
        UUID translationGroup = content.translationOf() == null
                ? article.translationGroupId
                : translationGroupOf(content.translationOf(), article.id, content.language());
        String body = apply(article, resolved, author);
        article.translationGroupId = translationGroup;
        if (content.publishedAt() != null && article.status == ArticleStatus.DRAFT) {
            article.publishedAt = OffsetTimestamp.of(content.publishedAt());
        } else if (content.publishedAt() != null) {
            setPublicationTime(article, content.publishedAt());
        }
        articles.flush();
        search.index(article.id, body, article.status == ArticleStatus.PUBLISHED);
        return article;
    }

    /**
     * Publishes at the given time, else at the content's publication time, else now. A time in the future
     * schedules the article: it becomes visible exactly then.
     */
    public Article publish(@NotNull Article article, OffsetDateTime at, @NotNull String author) {
        article.status = ArticleStatus.PUBLISHED;
        setPublicationTime(article, at != null ? at : OffsetTimestamp.toOffsetDateTime(article.publishedAt));
        touch(article, author);
        search.collectWords(article.id);
        return article;
    }

    /** Back to draft: invisible again, with its publication history kept. */
    public Article unpublish(@NotNull Article article, @NotNull String author) {
        article.status = ArticleStatus.DRAFT;
        return touch(article, author);
    }

    /**
     * Takes an article off the site for good. An archived article keeps its publication time, so a draft that never
     * had one (it was never published or scheduled) cannot be archived; an unpublished one can.
     */
    public Article archive(@NotNull Article article, @NotNull String author) {
        if (article.publishedAt == null) {
            throw new Conflict("A draft cannot be archived: it was never published. Keep it as a draft, or delete it.");
        }
        article.status = ArticleStatus.ARCHIVED;
        return touch(article, author);
    }

    private Article touch(Article article, String author) {
        article.updatedAt = OffsetTimestamp.of(OffsetDateTime.now(clock));
        article.updatedBy = author;
        articles.flush();
        return article;
    }

    /**
     * Sets when the article goes live. {@code firstPublishedAt} is the first time it actually was live: a
     * scheduled time that has not come yet is replaced when the article is rescheduled.
     */
    private void setPublicationTime(Article article, OffsetDateTime requested) {
        OffsetDateTime at = requested != null ? requested : OffsetDateTime.now(clock);
        article.publishedAt = OffsetTimestamp.of(at);
        OffsetTimestamp first = article.firstPublishedAt;
        boolean firstNeverCame = first != null && first.instant.isAfter(clock.instant());
        if (first == null || firstNeverCame || article.publishedAt.instant.isBefore(first.instant)) {
            article.firstPublishedAt = article.publishedAt;
        }
    }

    /**
     * Every query runs before the article is touched and the old collection rows are flushed away before the new
     * fields are set, so one change is one flush of the article and raises its version by exactly one. Returns the
     * plain text of the body, for the search index.
     */
    private String apply(Article article, ArticleReferences.Resolved resolved, String author) {
        ArticleContent content = resolved.content();
        String slug = slugFor(article, content);
        removeCollectionRows(article);
        article.language = content.language();
        article.slug = slug;
        article.headline = content.headline().strip();
        article.kicker = content.kicker();
        article.standfirst = content.standfirst();
        article.section = resolved.section();
        article.heroMedia = resolved.hero();
        article.heroCaption = content.hero() == null ? null : content.hero().caption();
        article.heroCredit = content.hero() == null ? null : content.hero().credit();
        article.audioMedia = resolved.audio();
        orEmpty(content.contributors()).forEach(c -> article.contributors.add(new Contributor(c.name(), c.role())));
        orEmpty(content.sources()).forEach(s -> article.sources.add(new Source(s.name(), s.url())));
        article.seoTitle = content.seo() == null ? null : content.seo().title();
        article.seoDescription = content.seo() == null ? null : content.seo().description();
        article.canonicalUrl = content.seo() == null ? null : content.seo().canonicalUrl();
        article.tags.addAll(resolved.tags());
        resolved.blocks().forEach(block -> {
            block.article = article;
            article.blocks.add(block);
        });
        String body = BodyBuilder.plainText(resolved.blocks());
        article.wordCount = TextStats.wordCount(body, Locale.forLanguageTag(article.language));
        article.readingTimeMinutes = TextStats.readingTimeMinutes(article.wordCount, config.wordsPerMinute());
        article.updatedAt = OffsetTimestamp.of(OffsetDateTime.now(clock));
        article.updatedBy = author;
        return body;
    }

    private String slugFor(Article article, ArticleContent content) {
        if (content.slug() != null) {
            return requireFreeSlug(content.language(), content.slug(), article.id);
        }
        boolean languageChanged = article.language != null && !article.language.equals(content.language());
        if (article.slug == null || languageChanged) {
            return freeSlug(content.language(), Slugs.of(content.headline().strip()), article.id);
        }
        return article.slug;
    }

    /**
     * Old rows are deleted before new ones are inserted: Hibernate would otherwise insert first and trip the
     * unique (article, position) and (article, tag) keys whenever blocks or tags are reordered.
     */
    private void removeCollectionRows(Article article) {
        article.contributors.clear();
        article.sources.clear();
        if (articles.isStored(article) && (!article.blocks.isEmpty() || !article.tags.isEmpty())) {
            article.blocks.clear();
            article.tags.clear();
            articles.flush();
        }
    }

    /** The translation group of {@code originalId}, checked to have no version in {@code language} yet. */
    private UUID translationGroupOf(UUID originalId, UUID self, String language) {
        Article original = articles.findById(originalId)
                .filter(found -> !found.id.equals(self))
                .orElseThrow(() -> InvalidContent.of("#/translationOf", "must be the id of another article"));
        if (articles.translationExists(original.translationGroupId, language, self)) {
            throw InvalidContent.of("#/translationOf",
                    "already has a version in " + language + "; translate into another language");
        }
        return original.translationGroupId;
    }

    private String requireFreeSlug(String language, String slug, UUID self) {
        if (articles.slugTaken(language, slug, self)) {
            throw new Conflict("The slug '" + slug + "' is already used by another " + language + " article.");
        }
        return slug;
    }

    /** The base slug, or base-2, base-3, ... whichever is the first free one in this language. */
    private String freeSlug(String language, String base, UUID self) {
        String stem = base.isEmpty() ? "article" : base;
        String numbered = Slugs.numberingBase(stem);
        Set<String> taken = new HashSet<>(articles.slugsLike(language, stem, numbered + "-", self));
        String candidate = stem;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = numbered + "-" + n;
        }
        return candidate;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
