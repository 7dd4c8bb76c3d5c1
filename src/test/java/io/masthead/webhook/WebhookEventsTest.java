package io.masthead.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.webhook.Articles.Written;
import io.masthead.webhook.Hooks.Registered;
import io.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookEventsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Hooks hooks = new Hooks();

    @AfterEach
    void cleanUp() {
        hooks.close();
    }

    @Test
    void shouldSendEveryArticleEventSigned() throws Exception {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published", "article.updated", "article.unpublished",
                "article.deleted");

        Written article = Articles.create(OffsetDateTime.now().minusMinutes(1));
        Request published = awaitRequest(receiver, article, 1);
        assertSignedEvent(published, webhook, "article.published", article);

        Written updated = Articles.replace(article, "A better headline " + article.slug());
        assertSignedEvent(awaitRequest(receiver, article, 2), webhook, "article.updated", updated);

        Written unpublished = Articles.unpublish(updated);
        assertSignedEvent(awaitRequest(receiver, article, 3), webhook, "article.unpublished", unpublished);

        Written republished = Articles.publish(unpublished);
        assertSignedEvent(awaitRequest(receiver, article, 4), webhook, "article.published", republished);

        Articles.delete(republished);
        assertSignedEvent(awaitRequest(receiver, article, 5), webhook, "article.deleted", republished);
    }

    @Test
    void shouldNameThePayloadsSurrogateKeysInAHeaderThatACacheCanPurgeBy() {
        Receiver receiver = hooks.receiver();
        hooks.register(receiver, "article.published", "article.updated");

        Written article = Articles.create(OffsetDateTime.now().minusMinutes(1));
        Request published = awaitRequest(receiver, article, 1);
        List<String> served = Arrays.asList(given()
                .when().get("/api/v1/articles/id/{id}", article.id())
                .then().statusCode(200).body("id", equalTo(article.id()))
                .extract().header("Surrogate-Key").split(" "));

        List<String> purged = List.of(published.header("Masthead-Surrogate-Keys").split(" "));
        assertEquals(String.join(" ", published.json().getList("surrogateKeys", String.class)),
                published.header("Masthead-Surrogate-Keys"), "the payload's keys, space-separated");
        assertTrue(served.containsAll(purged.stream().filter(key -> !List.of("articles", "changes").contains(key))
                .toList()), "the article's keys are those its page was tagged with: " + served + " " + purged);
        assertTrue(purged.containsAll(List.of("articles", "changes")), "and the lists' and the changes feed's");

        Articles.replace(article, "A purged headline " + article.slug());
        assertEquals("article:" + article.id() + " changes",
                awaitRequest(receiver, article, 2).header("Masthead-Surrogate-Keys"));
    }

    @Test
    void shouldSendOnlyTheEventsAWebhookSubscribedTo() {
        Receiver everything = hooks.receiver();
        Registered control = hooks.register(everything, "article.published");
        Receiver deletions = hooks.receiver();
        Registered deletionsOnly = hooks.register(deletions, "article.deleted");

        Written article = Articles.create(OffsetDateTime.now().minusMinutes(1));
        awaitRequest(everything, article, 1);

        assertEquals(List.of(), deletions.about(article.id()));
        assertEquals(List.of(), Hooks.deliveries(deletionsOnly.id()).getList("items"));
        assertEquals("article.published", Hooks.deliveries(control.id()).getString("items[0].event"));
    }

    @Test
    void shouldSendNothingForADraftThatIsDeleted() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.unpublished", "article.deleted");

        Articles.delete(Articles.unpublish(Articles.create(null)));

        assertEquals(List.of(), Hooks.deliveries(webhook.id()).getList("items"));
    }

    private static Request awaitRequest(Receiver receiver, Written article, int count) {
        await().atMost(TIMEOUT).until(() -> receiver.about(article.id()).size() >= count);
        List<Request> requests = receiver.about(article.id());
        assertEquals(count, requests.size(), "one request per event");
        return requests.get(count - 1);
    }

    private static void assertSignedEvent(Request request, Registered webhook, String event, Written article)
            throws Exception {
        assertEquals("POST", request.method());
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("Masthead-Webhooks/1", request.header("User-Agent"));
        assertEquals(event, request.header("Masthead-Event"));
        String timestamp = request.header("Masthead-Timestamp");
        long age = Instant.now().getEpochSecond() - Long.parseLong(timestamp);
        assertTrue(age >= 0 && age < 60, "a current timestamp: " + timestamp);
        assertEquals("sha256=" + hmac(webhook.secret(), timestamp + "." + request.body()),
                request.header("Masthead-Signature"));

        JsonPath payload = request.json();
        assertEquals(request.header("Masthead-Delivery"), payload.getString("id"));
        assertEquals(event, payload.getString("event"));
        assertEquals(article.id(), payload.getString("article.id"));
        assertEquals(article.slug(), payload.getString("article.slug"));
        assertEquals("en", payload.getString("article.language"));
        assertEquals(article.version(), payload.getLong("article.version"));
        assertTrue(payload.getString("article.publishedAt").matches("\\d{4}-\\d\\d-\\d\\dT.+"));
        assertTrue(payload.getString("occurredAt").matches("\\d{4}-\\d\\d-\\d\\dT.+Z"));
        List<String> keys = payload.getList("surrogateKeys", String.class);
        assertEquals(List.of("article:" + article.id(), "changes"), keys.subList(0, 2));
        if (event.equals("article.published")) {
            assertEquals("articles", keys.get(2), "a new article joins lists that do not name it yet");
            assertEquals(4, keys.size(), "and its translations' pages: " + keys);
            assertTrue(keys.get(3).startsWith("translations:"), keys.get(3));
        } else {
            assertEquals(2, keys.size(), "lists and pages that show the article name it: " + keys);
        }
        assertEquals(List.of("article", "event", "id", "occurredAt", "surrogateKeys"),
                payload.getMap("").keySet().stream().sorted().toList(), "no other fields");
    }

    /** Recomputed here rather than with the production code, so that the test checks the documented scheme. */
    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
