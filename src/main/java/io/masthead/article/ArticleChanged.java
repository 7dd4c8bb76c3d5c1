package io.masthead.article;

import io.masthead.persistence.OffsetTimestamp;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A change readers can see, fired inside the transaction that makes it, so that observers (webhooks, the changes
 * feed's log) record it atomically with the change. Every path that changes what the delivery API shows of an
 * article fires it: the management and workflow services, re-tagging, imports, the demo content and changes to
 * what articles embed (EmbeddedChanges). {@code visibleFrom} is when a publication becomes visible: later than now
 * for a scheduled article. {@code translationGroupId} ties it to its translations, whose pages list it.
 * {@code wasVisible} tells whether readers could see the article before the change.
 */
public record ArticleChanged(Type type, UUID articleId, UUID translationGroupId, String slug, String language,
                             long version, OffsetDateTime visibleFrom, boolean wasVisible) {

    /** The change of an article as it is after the change was flushed, so that the version is final. */
    public static ArticleChanged of(Type type, Article article, boolean wasVisible) {
        return new ArticleChanged(type, article.id, article.translationGroupId, article.slug, article.language,
                article.version, OffsetTimestamp.toOffsetDateTime(article.publishedAt), wasVisible);
    }

    public enum Type {
        PUBLISHED("article.published"),
        UPDATED("article.updated"),
        UNPUBLISHED("article.unpublished"),
        DELETED("article.deleted");

        private final String eventName;

        Type(String eventName) {
            this.eventName = eventName;
        }

        public String eventName() {
            return eventName;
        }
    }
}
