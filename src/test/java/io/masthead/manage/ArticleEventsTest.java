package io.masthead.manage;

import static io.masthead.article.ArticleChanged.Type.DELETED;
import static io.masthead.article.ArticleChanged.Type.PUBLISHED;
import static io.masthead.article.ArticleChanged.Type.UNPUBLISHED;
import static io.masthead.article.ArticleChanged.Type.UPDATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RecordedArticleEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subscribers hear of exactly the changes readers can see, including moves of a scheduled publication. */
@QuarkusTest
class ArticleEventsTest {
    @Inject
    Fixtures fixtures;
    @Inject
    RecordedArticleEvents events;

    @Test
    void shouldAnnounceNothingForADraftAndPublicationWhenItGoesLive() {
        Response draft = create(false, null);
        UUID id = id(draft);
        Response edited = put(id, draft.header("ETag"), null);
        publish(id, edited.header("ETag"), null);

        assertEquals(List.of(PUBLISHED), events.of(id));
    }

    @Test
    void shouldAnnounceAnUpdateOfALiveArticleAndItsRemoval() {
        Response live = create(true, null);
        UUID id = id(live);
        Response edited = put(id, live.header("ETag"), null);
        ManageApi.asAdmin().header("If-Match", edited.header("ETag"))
                .when().delete("/manage/v1/articles/{id}", id).then().statusCode(204);

        assertEquals(List.of(PUBLISHED, UPDATED, DELETED), events.of(id));
    }

    @Test
    void shouldAnnounceAScheduledArticleAgainWhenItsTimeMoves() {
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        Response scheduled = create(true, tomorrow);
        UUID id = id(scheduled);
        Response moved = put(id, scheduled.header("ETag"), tomorrow.plusHours(2));
        Response unchanged = put(id, moved.header("ETag"), tomorrow.plusHours(2));
        put(id, unchanged.header("ETag"), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        assertEquals(List.of(PUBLISHED, PUBLISHED, PUBLISHED), events.of(id));
    }

    @Test
    void shouldAnnounceALiveArticleMovedIntoTheFutureAsGoneAndComingBack() {
        Response live = create(true, null);
        UUID id = id(live);
        publish(id, live.header("ETag"), OffsetDateTime.now(ZoneOffset.UTC).plusDays(2));

        assertEquals(List.of(PUBLISHED, UNPUBLISHED, PUBLISHED), events.of(id));
    }

    @Test
    void shouldCallOffAScheduledPublicationWhenUnpublished() {
        Response scheduled = create(true, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));
        UUID id = id(scheduled);
        ManageApi.asAdmin().header("If-Match", scheduled.header("ETag"))
                .when().post("/manage/v1/articles/{id}/unpublish", id).then().statusCode(200);

        assertEquals(List.of(PUBLISHED, UNPUBLISHED), events.of(id));
    }

    private Response create(boolean publish, OffsetDateTime publishedAt) {
        return ManageApi.asAdmin().queryParam("publish", publish).body(content(publishedAt))
                .when().post("/manage/v1/articles")
                .then().statusCode(201).extract().response();
    }

    private Response put(UUID id, String etag, OffsetDateTime publishedAt) {
        Map<String, Object> content = content(publishedAt);
        return ManageApi.asAdmin().header("If-Match", etag).body(content)
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200).extract().response();
    }

    private static void publish(UUID id, String etag, OffsetDateTime at) {
        ManageApi.asAdmin().header("If-Match", etag)
                .body(at == null ? Map.of() : Map.of("publishedAt", at.toString()))
                .when().post("/manage/v1/articles/{id}/publish", id).then().statusCode(200);
    }

    private Map<String, Object> content(OffsetDateTime publishedAt) {
        Map<String, Object> content = new java.util.HashMap<>(Map.of("language", "en",
                "headline", "Events " + Fixtures.unique("story"),
                "blocks", List.of(Map.of("type", "paragraph", "html", "Text."))));
        if (publishedAt != null) {
            content.put("publishedAt", publishedAt.toString());
        }
        return content;
    }

    private static UUID id(Response response) {
        return UUID.fromString(response.path("id"));
    }
}
