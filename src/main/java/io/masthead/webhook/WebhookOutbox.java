package io.masthead.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.ArticleChanged;
import io.masthead.http.SurrogateKeys;
import io.masthead.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns article changes into deliveries. It observes the event inside the writer's transaction, so a
 * delivery exists exactly when the change was committed: none is lost on a crash, none is sent for a change
 * that was rolled back.
 */
@ApplicationScoped
class WebhookOutbox {
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper mapper;
    private final Clock clock;

    WebhookOutbox(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, ObjectMapper mapper,
                  Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.clock = clock;
    }

    void on(@Observes ArticleChanged change) {
        // Microseconds are what both databases keep; the log's cursors compare what was stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        switch (change.type()) {
            case PUBLISHED -> {
                // A new publication time replaces an earlier one that has not come yet.
                deliveries.cancelScheduledPublications(change.articleId(), now);
                enqueue(change, now, liveAt(change, now));
            }
            case UPDATED -> enqueue(change, now, now);
            case UNPUBLISHED, DELETED -> {
                deliveries.cancelScheduledPublications(change.articleId(), now);
                // Subscribers never heard of an article nobody could see, so there is nothing to take back.
                if (change.wasVisible()) {
                    enqueue(change, now, now);
                }
            }
        }
    }

    /** When the publication becomes visible: now, or the scheduled time. */
    private static Instant liveAt(ArticleChanged change, Instant now) {
        if (change.visibleFrom() == null) {
            return now;
        }
        Instant live = change.visibleFrom().toInstant().truncatedTo(ChronoUnit.MICROS);
        return live.isAfter(now) ? live : now;
    }

    private void enqueue(ArticleChanged change, Instant now, Instant due) {
        WebhookEvent event = WebhookEvent.of(change.type());
        webhooks.listAll().stream().filter(webhook -> webhook.events.contains(event)).forEach(webhook -> {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = Ids.next();
            delivery.webhookId = webhook.id;
            delivery.event = event.wire();
            delivery.articleId = change.articleId();
            delivery.payload = payload(delivery, event, change, due);
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = due;
            delivery.createdAt = now;
            deliveries.persist(delivery);
        });
    }

    /**
     * The surrogate keys of the delivery responses the change can alter. Responses that show the article carry its
     * key, and the changes feed its own. An article that goes live joins lists and its translations' pages, which do
     * not name it yet: those carry the key of all lists and the translation group's.
     */
    static List<String> surrogateKeys(ArticleChanged change) {
        List<String> keys = new ArrayList<>(List.of(SurrogateKeys.article(change.articleId()), SurrogateKeys.CHANGES));
        if (change.type() == ArticleChanged.Type.PUBLISHED) {
            keys.add(SurrogateKeys.ARTICLES);
            if (change.translationGroupId() != null) {
                keys.add(SurrogateKeys.translations(change.translationGroupId()));
            }
        }
        return keys;
    }

    private String payload(WebhookDelivery delivery, WebhookEvent event, ArticleChanged change, Instant due) {
        WebhookPayload payload = new WebhookPayload(delivery.id, event, due.atOffset(ZoneOffset.UTC),
                new WebhookPayload.Article(change.articleId(), change.slug(), change.language(), change.version(),
                        change.visibleFrom()),
                surrogateKeys(change));
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload is plain data and always serializable", e);
        }
    }
}
