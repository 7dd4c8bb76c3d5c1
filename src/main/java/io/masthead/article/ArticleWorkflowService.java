package io.masthead.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The editorial workflow: publish (or schedule), unpublish back to draft, archive. */
@ApplicationScoped
@Transactional
public class ArticleWorkflowService {
    private final ArticleWriter writer;
    private final ManagedArticles managed;
    private final Revisions revisions;

    ArticleWorkflowService(ArticleWriter writer, ManagedArticles managed, Revisions revisions) {
        this.writer = writer;
        this.managed = managed;
        this.revisions = revisions;
    }

    /** Publishes at {@code at} (a future time schedules it), else at the content's time, else now. */
    public ManagedArticle publish(UUID id, String ifMatch, OffsetDateTime at, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        boolean wasVisible = managed.visible(article);
        Instant scheduledBefore = managed.scheduledAt(article);
        writer.publish(article, at, author);
        revisions.record(article, RevisionAction.PUBLISH, author);
        managed.announce(article, wasVisible, scheduledBefore);
        return managed.view(article);
    }

    public ManagedArticle unpublish(UUID id, String ifMatch, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        boolean wasVisible = managed.visible(article);
        Instant scheduledBefore = managed.scheduledAt(article);
        writer.unpublish(article, author);
        revisions.record(article, RevisionAction.UNPUBLISH, author);
        managed.announce(article, wasVisible, scheduledBefore);
        return managed.view(article);
    }

    public ManagedArticle archive(UUID id, String ifMatch, String author) {
        Article article = managed.lockCurrent(id, ifMatch);
        boolean wasVisible = managed.visible(article);
        Instant scheduledBefore = managed.scheduledAt(article);
        writer.archive(article, author);
        revisions.record(article, RevisionAction.ARCHIVE, author);
        managed.announce(article, wasVisible, scheduledBefore);
        return managed.view(article);
    }
}
