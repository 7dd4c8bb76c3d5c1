package io.masthead.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaDeliveryTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldServeAnImageThatAPublishedArticleShows() {
        Media image = fixtures.image();
        fixtures.article().hero(image).create();

        given().when().get("/api/v1/media/{id}", image.id)
                .then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(image.id.toString()))
                .body("kind", equalTo("image"))
                .body("url", equalTo(image.url))
                .body("mimeType", equalTo("image/jpeg"))
                .body("width", equalTo(1600))
                .body("height", equalTo(900))
                .body("altText", equalTo(image.altText))
                .body("caption", equalTo(image.caption))
                .body("credit", equalTo(image.credit))
                .body("copyright", equalTo("All rights reserved"))
                .body("focalPoint.x", equalTo(0.5f))
                .body("focalPoint.y", equalTo(0.4f))
                .body("renditions.name", contains("w640"))
                .body("renditions[0].url", equalTo(image.renditions.get(0).url))
                .body("renditions[0].width", equalTo(640))
                .body("renditions[0].height", equalTo(360))
                .body("renditions[0].mimeType", equalTo("image/jpeg"))
                // Audio-only fields are left out of an image, not sent as null.
                .body("$", not(hasKey("durationSeconds")))
                .body("$", not(hasKey("narrator")));
    }

    @Test
    void shouldServeAudioWithItsDurationAndNarrator() {
        Media audio = fixtures.audio(95);
        fixtures.article().audio(audio).create();

        given().when().get("/api/v1/media/{id}", audio.id)
                .then().statusCode(200)
                .body("id", equalTo(audio.id.toString()))
                .body("kind", equalTo("audio"))
                .body("url", equalTo(audio.url))
                .body("mimeType", equalTo("audio/mpeg"))
                .body("durationSeconds", equalTo(95))
                .body("narrator", equalTo("Test Narrator"))
                .body("credit", equalTo("Test Radio"))
                .body("renditions", empty())
                .body("$", not(hasKey("width")))
                .body("$", not(hasKey("height")))
                .body("$", not(hasKey("focalPoint")))
                .body("$", not(hasKey("altText")));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownId() {
        UUID unknown = UUID.randomUUID();

        given().when().get("/api/v1/media/{id}", unknown)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", containsString(unknown.toString()))
                .body("instance", equalTo("/api/v1/media/" + unknown));
    }

    @Test
    void shouldAnswer404ProblemForAnIdThatIsNotAUuid() {
        // JAX-RS cannot convert the path segment to a UUID, so no resource matches: a plain 404, not a 400 or 500.
        given().when().get("/api/v1/media/{id}", "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/media/not-a-uuid"))
                .body("$", not(hasKey("errorId")));
    }

    @Test
    void shouldAnswer304WhenTheClientHasTheCurrentVersion() {
        Media image = fixtures.image();
        fixtures.article().hero(image).create();
        String etag = given().when().get("/api/v1/media/{id}", image.id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Surrogate-Key", containsString("media:" + image.id))
                .extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/v1/media/{id}", image.id)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(equalTo(""));
        given().header("If-None-Match", "\"something-else\"")
                .when().get("/api/v1/media/{id}", image.id)
                .then().statusCode(200)
                .body("id", equalTo(image.id.toString()));
    }
}
