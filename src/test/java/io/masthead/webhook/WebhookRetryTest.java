package io.masthead.webhook;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.webhook.Articles.Written;
import io.masthead.webhook.Hooks.Registered;
import io.masthead.webhook.Receiver.Request;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookRetryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    WebhookDeliveryRepository deliveries;
    @Inject
    WebhookConfig config;
    @Inject
    WebhookRepository webhooks;

    private final Hooks hooks = new Hooks();

    @AfterEach
    void cleanUp() {
        hooks.close();
    }

    @Test
    void shouldRetryUntilTheReceiverAccepts() {
        Receiver receiver = hooks.receiver();
        receiver.failNext(2);
        Registered webhook = hooks.register(receiver, "article.published");

        Written article = Articles.create(OffsetDateTime.now().minusMinutes(1));

        JsonPath delivery = awaitDelivery(webhook, "succeeded");
        assertEquals(3, delivery.getInt("attempts"));
        assertEquals(200, delivery.getInt("lastStatus"));
        assertNull(delivery.get("lastError"));
        assertNull(delivery.get("nextAttemptAt"));
        assertNotNull(delivery.get("completedAt"));
        List<Request> requests = receiver.about(article.id());
        assertEquals(3, requests.size());
        assertEquals(1, requests.stream().map(request -> request.header("Masthead-Delivery")).distinct().count(),
                "every retry is the same delivery");
        assertEquals(1, requests.stream().map(Request::body).distinct().count(), "with the same body");
    }

    @Test
    void shouldGiveUpWhenTheAttemptsAreUsedUp() {
        Receiver receiver = hooks.receiver();
        receiver.failNext(Integer.MAX_VALUE);
        Registered webhook = hooks.register(receiver, "article.published");
        // Scheduled, so that the delivery waits while the test spends all attempts but the last one.
        Written article = Articles.create(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3)
                .truncatedTo(ChronoUnit.SECONDS));
        UUID deliveryId = UUID.fromString(Hooks.deliveries(webhook.id()).getString("items[0].id"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                deliveries.update("attempts = ?1 where id = ?2", config.maxAttempts() - 1, deliveryId)));

        JsonPath delivery = awaitDelivery(webhook, "failed");
        assertEquals(config.maxAttempts(), delivery.getInt("attempts"));
        assertEquals(500, delivery.getInt("lastStatus"));
        assertTrue(delivery.getString("lastError").contains("HTTP 500"), delivery.getString("lastError"));
        assertFalse(delivery.getString("lastError").contains("Exception"));
        assertNull(delivery.get("nextAttemptAt"));
        assertNotNull(delivery.get("completedAt"));
        assertEquals(1, receiver.about(article.id()).size(), "no attempt after the last one");
    }

    @Test
    void shouldLogWhyAnAttemptFailedWhenNothingAnswers() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published");
        receiver.close();

        Articles.create(OffsetDateTime.now().minusMinutes(1));

        await().atMost(TIMEOUT).until(() -> Hooks.deliveries(webhook.id()).getInt("items[0].attempts") >= 1);
        JsonPath delivery = Hooks.deliveries(webhook.id()).setRootPath("items[0]");
        assertEquals("pending", delivery.getString("status"));
        assertNull(delivery.get("lastStatus"));
        assertTrue(delivery.getString("lastError").startsWith("Could not connect to the receiver"),
                delivery.getString("lastError"));
        assertNotNull(delivery.get("nextAttemptAt"));
    }

    @Test
    void shouldCheckTheTargetAgainBeforeEveryAttempt() {
        // As if the host had resolved to a public address at registration and to a private one now.
        Webhook rebound = new Webhook();
        rebound.id = UUID.randomUUID();
        rebound.url = "https://10.0.0.5/hook";
        rebound.events = EnumSet.of(WebhookEvent.ARTICLE_PUBLISHED);
        rebound.secret = Signatures.newSecret();
        rebound.createdAt = OffsetDateTime.now();
        rebound.createdBy = "test";
        QuarkusTransaction.requiringNew().run(() -> webhooks.persist(rebound));
        hooks.adopt(rebound.id.toString());

        Articles.create(OffsetDateTime.now().minusMinutes(1));

        String id = rebound.id.toString();
        await().atMost(TIMEOUT).until(() -> Hooks.deliveries(id).getInt("items[0].attempts") >= 1);
        JsonPath delivery = Hooks.deliveries(id).setRootPath("items[0]");
        assertEquals("pending", delivery.getString("status"));
        assertNull(delivery.get("lastStatus"));
        assertTrue(delivery.getString("lastError").startsWith("Not sent: the URL resolves to 10.0.0.5"),
                delivery.getString("lastError"));
    }

    private static JsonPath awaitDelivery(Registered webhook, String status) {
        await().atMost(TIMEOUT).until(() -> status.equals(Hooks.deliveries(webhook.id()).getString("items[0].status")));
        JsonPath log = Hooks.deliveries(webhook.id());
        assertEquals(1, log.getList("items").size());
        return log.setRootPath("items[0]");
    }
}
