package io.masthead.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MediaManagementTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void createAnEditorKey() {
        editor = ManageApi.newToken("editor");
    }

    @Test
    void shouldRegisterAnImageAndReadItBack() {
        Map<String, Object> image = image();
        var created = ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .body("version", equalTo(0))
                .body("content.kind", equalTo("image"))
                .body("content.url", equalTo(image.get("url")))
                .body("content.altText", equalTo("Cranes at dusk"))
                .body("content.focalPoint.x", equalTo(0.5f))
                .body("content.renditions.name", contains("w640"))
                .body("usedBy", empty())
                .body("siteLogo", equalTo(false))
                .body("content", not(hasKey("durationSeconds")))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");

        ManageApi.as(editor).when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("id", equalTo(id))
                .body("content.credit", equalTo("© Test Agency"))
                .body("content.renditions[0].width", equalTo(640))
                .body("usedBy", empty());
        assertTrue(location.endsWith("/manage/v1/media/" + id));
    }

    @Test
    void shouldRequireAltTextForImages() {
        Map<String, Object> image = image();
        image.remove("altText");

        ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://masthead.io/problems/invalid-body"))
                .body("errors.pointer", contains("#/altText"))
                .body("errors[0].detail", equalTo("is required for images"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://images.test.example/a.jpg", "javascript:alert(1)", "//images.test.example/a.jpg"})
    void shouldAcceptOnlyHttpAndHttpsUrls(String url) {
        Map<String, Object> image = image();
        image.put("url", url);

        ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.pointer", contains("#/url"))
                .body("errors[0].detail", equalTo("must be an http or https URL"));
    }

    @Test
    void shouldKeepTheFocalPointInsideTheImage() {
        Map<String, Object> image = image();
        image.put("focalPoint", Map.of("x", 1.5, "y", 0.2));

        ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/focalPoint/x"))
                .body("errors.pointer", not(hasItem("#/focalPoint/y")));
    }

    @Test
    void shouldRefuseTwoRenditionsWithTheSameName() {
        Map<String, Object> image = image();
        image.put("renditions", List.of(rendition("w640", 640), rendition("w640", 641)));

        ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/renditions"))
                .body("errors[0].detail", equalTo("must have distinct names"));
    }

    @Test
    void shouldNameServerOwnedAndUnknownFields() {
        Map<String, Object> image = image();
        image.put("id", "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c");
        image.put("usedBy", List.of());
        image.put("colour", "red");

        ManageApi.as(editor).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/colour", "#/id", "#/usedBy"))
                .body("errors.detail", contains("is not a field of this request body",
                        "is set by the server and cannot be sent", "is set by the server and cannot be sent"));
    }

    @Test
    void shouldReplayACreateWithTheSameIdempotencyKey() {
        Map<String, Object> image = image();
        String key = Fixtures.unique("media-key");
        String first = ManageApi.as(editor).header("Idempotency-Key", key).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo(null))
                .extract().path("id");

        ManageApi.as(editor).header("Idempotency-Key", key).body(image)
                .when().post("/manage/v1/media")
                .then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/manage/v1/media/" + first))
                .body("id", equalTo(first));
    }

    @Test
    void shouldReplaceTheMetadataOnlyWithTheCurrentVersion() {
        Media item = fixtures.image();
        Map<String, Object> changed = image();
        changed.put("altText", "A new description");
        changed.put("renditions", List.of(rendition("w640", 640), rendition("w1280", 1280)));

        ManageApi.as(editor).body(changed)
                .when().put("/manage/v1/media/{id}", item.id)
                .then().statusCode(428)
                .contentType(PROBLEM_JSON);
        ManageApi.as(editor).header("If-Match", "\"v7\"").body(changed)
                .when().put("/manage/v1/media/{id}", item.id)
                .then().statusCode(412)
                .body("detail", containsString("\"v0\""));
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(changed)
                .when().put("/manage/v1/media/{id}", item.id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("content.altText", equalTo("A new description"))
                .body("content.renditions.name", contains("w640", "w1280"))
                .body("content.caption", equalTo(changed.get("caption")));
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(changed)
                .when().put("/manage/v1/media/{id}", item.id)
                .then().statusCode(412);
    }

    @Test
    void shouldChangeTheDeliveryEtagWhenThePublishedItemChanges() {
        Media item = fixtures.image();
        fixtures.article().hero(item).create();
        String before = given().when().get("/api/v1/media/{id}", item.id)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = image();
        changed.put("credit", "© Another Agency");

        ManageApi.as(editor).header("If-Match", "\"v0\"").body(changed)
                .when().put("/manage/v1/media/{id}", item.id)
                .then().statusCode(200);

        String after = given().when().get("/api/v1/media/{id}", item.id)
                .then().statusCode(200)
                .body("credit", equalTo("© Another Agency"))
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    @Test
    void shouldListNewestFirstAndFilterByKind() {
        String first = create(video());
        String second = create(video());
        String third = create(video());

        var page = ManageApi.as(editor).queryParam("kind", "video").queryParam("limit", 2)
                .when().get("/manage/v1/media")
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("items.content.kind", contains("video", "video"))
                .extract();
        ManageApi.as(editor).queryParam("kind", "video").queryParam("limit", 1)
                .queryParam("cursor", (String) page.path("nextCursor"))
                .when().get("/manage/v1/media")
                .then().statusCode(200)
                .body("items.id", contains(first));
        ManageApi.as(editor).queryParam("kind", "image").queryParam("limit", 100)
                .when().get("/manage/v1/media")
                .then().statusCode(200)
                .body("items.id", not(hasItem(first)))
                .body("items.content.kind", not(hasItem("video")));
        ManageApi.as(editor).queryParam("kind", "gif")
                .when().get("/manage/v1/media")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("kind"));
    }

    @Test
    void shouldNeedAnApiKey() {
        given().when().get("/manage/v1/media")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    static Map<String, Object> image() {
        Map<String, Object> image = new HashMap<>();
        image.put("kind", "image");
        image.put("url", "https://images.test.example/" + Fixtures.unique("photo") + ".jpg");
        image.put("mimeType", "image/jpeg");
        image.put("width", 1600);
        image.put("height", 900);
        image.put("altText", "Cranes at dusk");
        image.put("caption", "The harbour at dusk");
        image.put("credit", "© Test Agency");
        image.put("focalPoint", Map.of("x", 0.5, "y", 0.4));
        image.put("renditions", List.of(rendition("w640", 640)));
        return image;
    }

    static Map<String, Object> video() {
        return new HashMap<>(Map.of("kind", "video", "url", "https://video.test.example/"
                + Fixtures.unique("clip") + ".mp4", "mimeType", "video/mp4", "durationSeconds", 95));
    }

    private static Map<String, Object> rendition(String name, int width) {
        return Map.of("name", name, "url", "https://images.test.example/" + name + "-" + width + ".jpg",
                "width", width, "height", width / 2, "mimeType", "image/jpeg");
    }

    private String create(Map<String, Object> content) {
        return ManageApi.as(editor).body(content)
                .when().post("/manage/v1/media")
                .then().statusCode(201)
                .extract().path("id");
    }
}
