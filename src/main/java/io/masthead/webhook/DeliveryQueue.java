package io.masthead.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** The outbox as the dispatcher sees it: claiming due deliveries, and recording what each attempt came to. */
@ApplicationScoped
class DeliveryQueue {
    static final int BATCH_SIZE = 50;
    static final int MAX_ERROR_LENGTH = 1000;
    private static final Duration MIN_CLAIM = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    private final WebhookDeliveryRepository deliveries;
    private final EntityManager entityManager;
    private final WebhookConfig config;
    private final ObjectMapper mapper;
    /** Outlasts the attempts of a whole batch, which run in parallel, so that only a dead instance loses one. */
    private final Duration claim;

    DeliveryQueue(WebhookDeliveryRepository deliveries, EntityManager entityManager, WebhookConfig config,
                  ObjectMapper mapper) {
        this.deliveries = deliveries;
        this.entityManager = entityManager;
        this.config = config;
        this.mapper = mapper;
        Duration twoTimeouts = config.requestTimeout().multipliedBy(2);
        this.claim = twoTimeouts.compareTo(MIN_CLAIM) > 0 ? twoTimeouts : MIN_CLAIM;
    }

    /** Claims up to a batch of due deliveries for this instance, with what sending them needs. */
    List<Attempt> claimDue(Instant now) {
        List<UUID> claimed = deliveries.findDueIds(now, BATCH_SIZE).stream()
                .filter(id -> deliveries.claim(id, now, now.plus(claim)))
                .toList();
        if (claimed.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select d, w from WebhookDelivery d join Webhook w on w.id = d.webhookId"
                        + " where d.id in :ids", Object[].class)
                .setParameter("ids", claimed)
                .getResultStream()
                .map(row -> {
                    WebhookDelivery delivery = (WebhookDelivery) row[0];
                    Webhook webhook = (Webhook) row[1];
                    return new Attempt(delivery.id, webhook.url, webhook.secret, delivery.event, delivery.payload,
                            surrogateKeys(delivery.payload), delivery.attempts);
                })
                .toList();
    }

    /** Read from the stored payload, so that the header always says what the signed body says. */
    private List<String> surrogateKeys(String payload) {
        try {
            List<String> keys = new ArrayList<>();
            mapper.readTree(payload).path("surrogateKeys").forEach(key -> keys.add(key.asText()));
            return keys;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook payload is the JSON the outbox wrote", e);
        }
    }

    /**
     * Records an attempt and releases the claim: succeeded on a 2xx, failed once the attempts are used up,
     * otherwise pending again after the backoff. A delivery that was cancelled or whose webhook was deleted in
     * the meantime is left as it is.
     */
    void record(Attempt attempt, Outcome outcome, Instant now) {
        int attempts = attempt.previousAttempts() + 1;
        boolean finished = outcome.succeeded() || attempts >= config.maxAttempts();
        DeliveryStatus status = outcome.succeeded() ? DeliveryStatus.SUCCEEDED
                : finished ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        Instant next = finished ? null
                : now.plus(Backoff.after(attempts, config.initialBackoff(), ThreadLocalRandom.current().nextDouble()));
        String error = outcome.error() == null || outcome.error().length() <= MAX_ERROR_LENGTH
                ? outcome.error()
                : outcome.error().substring(0, MAX_ERROR_LENGTH);
        deliveries.update("status = ?1, attempts = ?2, nextAttemptAt = ?3, claimedUntil = null, lastStatus = ?4,"
                        + " lastError = ?5, completedAt = ?6 where id = ?7 and status = ?8",
                status, attempts, next, outcome.status(), error, finished ? now : null, attempt.deliveryId(),
                DeliveryStatus.PENDING);
        if (status == DeliveryStatus.FAILED) {
            LOG.warnf("Webhook delivery %s (%s) failed after %d attempts: %s", attempt.deliveryId(), attempt.event(),
                    attempts, error);
        }
    }
}
