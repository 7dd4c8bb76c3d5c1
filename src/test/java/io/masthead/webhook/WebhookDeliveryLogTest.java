package io.masthead.webhook;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.masthead.testing.ManageApi;
import io.masthead.webhook.Articles.Written;
import io.masthead.webhook.Hooks.Registered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryLogTest {
    private static final String LOG = "/manage/v1/webhooks/{id}/deliveries";

    private final Hooks hooks = new Hooks();

    @AfterEach
    void cleanUp() {
        hooks.close();
    }

    @Test
    void shouldListDeliveriesNewestFirstPageByPage() {
        Receiver receiver = hooks.receiver();
        Registered webhook = hooks.register(receiver, "article.published", "article.updated");
        Written article = Articles.create(OffsetDateTime.now().minusMinutes(1));
        Written first = Articles.replace(article, "First update " + article.slug());
        Articles.replace(first, "Second update " + article.slug());

        JsonPath firstPage = page(webhook, null);
        JsonPath secondPage = page(webhook, firstPage.getString("nextCursor"));

        assertEquals(List.of("article.updated", "article.updated"), firstPage.getList("items.event"));
        assertEquals(List.of("article.published"), secondPage.getList("items.event"));
        assertNull(secondPage.get("nextCursor"));
        List<String> ids = new ArrayList<>(firstPage.getList("items.id"));
        ids.addAll(secondPage.getList("items.id"));
        assertEquals(3, ids.stream().distinct().count());
        assertEquals(List.of(article.id(), article.id()), firstPage.getList("items.articleId"));
        List<String> created = new ArrayList<>(firstPage.getList("items.createdAt"));
        created.addAll(secondPage.getList("items.createdAt"));
        for (int i = 1; i < created.size(); i++) {
            assertFalse(OffsetDateTime.parse(created.get(i)).isAfter(OffsetDateTime.parse(created.get(i - 1))));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.about(article.id()).size() == 3);
    }

    @Test
    void shouldRefuseACursorItDidNotIssue() {
        Registered webhook = hooks.register(hooks.receiver(), "article.published");

        ManageApi.asAdmin().queryParam("cursor", "bm90LWEtY3Vyc29y")
                .when().get(LOG, webhook.id())
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void shouldAnswer404ForTheLogOfAnUnknownWebhook() {
        ManageApi.asAdmin().when().get(LOG, UUID.randomUUID()).then().statusCode(404);
    }

    private static JsonPath page(Registered webhook, String cursor) {
        var request = ManageApi.asAdmin().queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get(LOG, webhook.id()).then().statusCode(200).extract().jsonPath();
    }
}
