package io.masthead.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The editorial workflow: publish (or schedule), unpublish back to draft, archive. */
@ApplicationScoped
@Transactional
public class ArticleWorkflowService {
    private final ArticleWriter writer;
    private final ManagedArticles managed;

    ArticleWorkflowService(ArticleWriter writer, ManagedArticles managed) {
        this.writer = writer;
        this.managed = managed;
    }

    /** Publishes at {@code at} (a future time schedules it), else at the content's time, else now. */
    public ManagedArticle publish(UUID id, String ifMatch, OffsetDateTime at, String author) {
        return managed.change(managed.lockCurrent(id, ifMatch), RevisionAction.PUBLISH, author,
                article -> writer.publish(article, at, author));
    }

    public ManagedArticle unpublish(UUID id, String ifMatch, String author) {
        return managed.change(managed.lockCurrent(id, ifMatch), RevisionAction.UNPUBLISH, author,
                article -> writer.unpublish(article, author));
    }

    public ManagedArticle archive(UUID id, String ifMatch, String author) {
        return managed.change(managed.lockCurrent(id, ifMatch), RevisionAction.ARCHIVE, author,
                article -> writer.archive(article, author));
    }
}
