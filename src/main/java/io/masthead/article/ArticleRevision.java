package io.masthead.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The full content of an article as it was after one change. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision extends PanacheEntityBase {
    @Id
    @Column(name = "article_id")
    public UUID articleId;
    @Id
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** The name of the API key that made the change. */
    public String author;
    public RevisionAction action;
    /** The stored workflow state after the change. */
    public ArticleStatus status;
    /** {@link ArticleContent} as JSON. */
    public String content;

    public record Key(UUID articleId, long version) implements Serializable {
    }
}
