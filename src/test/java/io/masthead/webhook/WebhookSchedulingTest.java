package io.masthead.webhook;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.masthead.webhook.Articles.Written;
import io.masthead.webhook.Hooks.Registered;
import io.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookSchedulingTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Hooks hooks = new Hooks();

    @AfterEach
    void cleanUp() {
        hooks.close();
    }

    @Test
    void shouldSendAScheduledPublicationWhenTheArticleGoesLive() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published");
        OffsetDateTime goesLive = inSeconds(3);

        Written article = Articles.create(goesLive);

        JsonPath waiting = Hooks.deliveries(webhook.id()).setRootPath("items[0]");
        assertEquals("pending", waiting.getString("status"));
        assertEquals(0, waiting.getInt("attempts"));
        assertFalse(OffsetDateTime.parse(waiting.getString("nextAttemptAt")).isBefore(goesLive));
        await().atMost(TIMEOUT).until(() -> receiver.about(article.id()).size() == 1);
        Request request = receiver.about(article.id()).get(0);
        assertFalse(request.receivedAt().isBefore(goesLive.toInstant()), "sent at " + request.receivedAt());
        assertEquals(goesLive.toInstant(), OffsetDateTime.parse(request.json().getString("occurredAt")).toInstant());
        assertEquals(goesLive.toInstant(),
                OffsetDateTime.parse(request.json().getString("article.publishedAt")).toInstant());
    }

    @Test
    void shouldCancelAScheduledPublicationWhenTheArticleIsUnpublishedFirst() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published", "article.unpublished");
        OffsetDateTime goesLive = inSeconds(2);
        Written article = Articles.create(goesLive);

        Articles.unpublish(article);

        JsonPath cancelled = Hooks.deliveries(webhook.id());
        assertEquals(1, cancelled.getList("items").size(), "nothing to announce for an article nobody saw");
        assertEquals("cancelled", cancelled.getString("items[0].status"));
        assertEquals("article.published", cancelled.getString("items[0].event"));
        assertNull(cancelled.get("items[0].nextAttemptAt"));
        assertNotNull(cancelled.get("items[0].completedAt"));
        Duration pastGoingLive = Duration.between(Instant.now(), goesLive.toInstant()).plusSeconds(2);
        await().pollDelay(pastGoingLive).atMost(TIMEOUT).until(() -> receiver.about(article.id()).isEmpty());
        assertEquals(List.of("cancelled"), Hooks.deliveries(webhook.id()).getList("items.status"));
    }

    @Test
    void shouldCancelAScheduledPublicationWhenTheArticleIsDeletedFirst() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published", "article.deleted");
        Written article = Articles.create(inSeconds(60));

        Articles.delete(article);

        JsonPath log = Hooks.deliveries(webhook.id());
        assertEquals(List.of("cancelled"), log.getList("items.status"));
        assertEquals(List.of("article.published"), log.getList("items.event"));
    }

    @Test
    void shouldReplaceTheAnnouncementWhenAScheduledArticleIsRescheduled() {
        Registered webhook = hooks.register(hooks.receiver(), "article.published");
        Written article = Articles.create(inSeconds(3600));
        OffsetDateTime later = inSeconds(7200);

        Articles.publish(article, later);

        JsonPath log = Hooks.deliveries(webhook.id());
        assertEquals(List.of("pending", "cancelled"), log.getList("items.status"));
        assertEquals(later.toInstant(), OffsetDateTime.parse(log.getString("items[0].nextAttemptAt")).toInstant());
    }

    private static OffsetDateTime inSeconds(int seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
    }
}
