package io.masthead.manage;

import static org.hamcrest.Matchers.equalTo;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManagementSmokeTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldCreatePublishAndEditAnArticle() {
        String editor = ManageApi.newToken("editor");
        var image = fixtures.image();
        Map<String, Object> content = Map.of("language", "en", "headline", "Grüße aus Köln: ein Test",
                "hero", Map.of("mediaId", image.id.toString()),
                "blocks", List.of(Map.of("type", "paragraph", "html", "Hello <script>x</script><b>world</b>")));
        var created = ManageApi.as(editor).body(content)
                .when().post("/manage/v1/articles")
                .then().log().ifValidationFails().statusCode(201)
                .body("status", equalTo("draft"))
                .body("content.slug", equalTo("gruesse-aus-koeln-ein-test"))
                .extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        ManageApi.as(editor).header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/publish", id)
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("published"));
    }
}
