package io.masthead.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What remains of a deleted article: its identity and when it went, so that apps syncing changes can drop it.
 * The content itself is gone, as a legal takedown requires.
 */
@Entity
@Table(name = "article_tombstone")
public class ArticleTombstone extends PanacheEntityBase {
    @Id
    public UUID id;
    public String slug;
    public String language;
    @Column(name = "was_published")
    public boolean wasPublished;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
    @Column(name = "deleted_by")
    public String deletedBy;
}
