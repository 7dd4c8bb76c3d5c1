package io.masthead.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", additionalProperties = Schema.False.class,
        description = "One event sent (or to be sent) to a webhook, with the result of its latest attempt.")
public record DeliveryView(
        @Schema(required = true, description = "Sent as `Masthead-Delivery` and as the payload's `id`.") UUID id,
        @Schema(required = true, description = "What happened to the article.") WebhookEvent event,
        @Schema(required = true, description = "The article the event is about.") UUID articleId,
        @Schema(required = true, description = "`pending` until it succeeds, fails for good after the last "
                + "attempt, or is cancelled because a scheduled article was unpublished before it went live.")
        DeliveryStatus status,
        @Schema(required = true, minimum = "0", description = "Attempts made so far.", examples = "1") int attempts,
        @Schema(description = "When the next attempt is due; only while pending.", examples = "2026-11-20T08:45:30Z")
        OffsetDateTime nextAttemptAt,
        @Schema(minimum = "100", maximum = "599", description = "The HTTP status of the latest attempt, when the "
                + "receiver answered.", examples = "503")
        Integer lastStatus,
        @Schema(maxLength = DeliveryQueue.MAX_ERROR_LENGTH, description = "Why the latest attempt failed.",
                examples = "The receiver answered HTTP 503; only 2xx counts as delivered.")
        String lastError,
        @Schema(required = true, description = "When the event was queued for this webhook.",
                examples = "2026-11-20T08:45:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When it succeeded, failed for good or was cancelled.", examples = "2026-11-20T08:45:01Z")
        OffsetDateTime completedAt) {

    static DeliveryView of(WebhookDelivery delivery) {
        return new DeliveryView(delivery.id, WebhookEvent.fromWire(delivery.event), delivery.articleId,
                delivery.status, delivery.attempts, utc(delivery.nextAttemptAt), delivery.lastStatus,
                delivery.lastError, utc(delivery.createdAt), utc(delivery.completedAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
