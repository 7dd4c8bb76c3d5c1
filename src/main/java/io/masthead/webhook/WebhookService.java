package io.masthead.webhook;

import io.masthead.error.Conflict;
import io.masthead.error.NotFound;
import io.masthead.http.Keyset;
import io.masthead.persistence.Ids;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class WebhookService {
    /** Every article change writes one delivery per subscribed webhook inside the editor's transaction. */
    public static final int MAX_WEBHOOKS = 100;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Registers a webhook from a request that JsonBodies has already read and validated. */
    public CreatedWebhook create(@NotNull NewWebhook request, String createdBy) {
        if (webhooks.count() >= MAX_WEBHOOKS) {
            throw new Conflict("There are already " + MAX_WEBHOOKS + " webhooks; delete one before adding another.");
        }
        Webhook webhook = new Webhook();
        webhook.id = Ids.next();
        webhook.url = request.url();
        webhook.events = EnumSet.copyOf(request.events());
        webhook.secret = Signatures.newSecret();
        webhook.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        webhook.createdBy = createdBy;
        webhooks.persist(webhook);
        return new CreatedWebhook(WebhookView.of(webhook), webhook.secret);
    }

    public List<WebhookView> list() {
        return webhooks.listAll(Sort.by("createdAt").and("id")).stream().map(WebhookView::of).toList();
    }

    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    /** Deletes the webhook with its delivery log; deliveries still pending are not sent. */
    public void delete(UUID id) {
        webhooks.delete(find(id));
    }

    public DeliveryPage deliveries(UUID webhookId, String cursor, int limit) {
        find(webhookId);
        List<WebhookDelivery> found = deliveries.findPage(webhookId, cursor, Keyset.fetchSize(limit));
        Keyset.Page<WebhookDelivery> page = Keyset.page(found, limit,
                last -> new Keyset.TimeAndId(last.createdAt, last.id).encode());
        return new DeliveryPage(page.items().stream().map(DeliveryView::of).toList(), page.next());
    }

    private Webhook find(UUID id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> new NotFound("webhook", id));
    }
}
