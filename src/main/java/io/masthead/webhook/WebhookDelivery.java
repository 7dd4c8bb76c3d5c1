package io.masthead.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one webhook: an outbox row written in the same transaction as the article change, then sent
 * (and retried) by the dispatcher. The rows are the delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "webhook_id")
    public UUID webhookId;
    public String event;
    @Column(name = "article_id")
    public UUID articleId;
    /** The exact body that is signed and sent on every attempt. */
    public String payload;
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** Until when one dispatcher instance owns the delivery; after that another may take it over. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "completed_at")
    public Instant completedAt;
}
