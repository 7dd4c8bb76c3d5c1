package io.masthead.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the change log: at {@code position}, the article became visible (upsert) or stopped being visible
 * (remove). Positions are microsecond times, ordered with the article id as tie-breaker; rows are written by
 * {@link ChangeLog} only.
 */
@Entity
@Table(name = "change_log")
@IdClass(ChangeRecord.Key.class)
public class ChangeRecord {
    @Id
    @Column(name = "position_time")
    public Instant position;
    @Id
    @Column(name = "article_id")
    public UUID articleId;
    public ChangeKind kind;

    public record Key(Instant position, UUID articleId) {
    }
}
