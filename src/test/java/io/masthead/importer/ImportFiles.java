package io.masthead.importer;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.testing.ManageApi;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds NDJSON import files and runs them through the API. */
final class ImportFiles {
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportFiles() {
    }

    /** The lines joined by line breaks, as UTF-8; REST Assured would send a String as ISO-8859-1. */
    static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An English article with one paragraph; add to the map to extend it. */
    static Map<String, Object> article(String slug, String headline, String... tagSlugs) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("language", "en");
        if (slug != null) {
            article.put("slug", slug);
        }
        if (headline != null) {
            article.put("headline", headline);
        }
        article.put("tags", List.of(tagSlugs));
        article.put("blocks", new ArrayList<>(List.of(Map.of("type", "paragraph", "html", "Text of " + headline))));
        return article;
    }

    static Map<String, Object> image(UUID id, String name) {
        return Map.of("id", id.toString(), "kind", "image", "url", "https://images.test.example/" + name + ".jpg",
                "mimeType", "image/jpeg", "width", 1600, "height", 900, "altText", "Alt text of " + name,
                "credit", "© Test / " + name);
    }

    static Map<String, Object> tag(String slug) {
        return Map.of("slug", slug, "type", "topic", "names", Map.of("en", Map.of("name", "Topic " + slug)));
    }

    static String line(String status, Map<String, Object> article, List<?> media, List<?> tags) {
        Map<String, Object> line = new LinkedHashMap<>();
        if (status != null) {
            line.put("status", status);
        }
        line.put("article", article);
        if (media != null) {
            line.put("media", media);
        }
        if (tags != null) {
            line.put("tags", tags);
        }
        return json(line);
    }

    /** Uploads the file and returns the job's path. */
    static String start(String token, byte[] file) {
        return ManageApi.as(token).contentType(NDJSON).body(file)
                .when().post("/manage/v1/import")
                .then().log().ifValidationFails().statusCode(202)
                .extract().path("id")
                .toString()
                .transform(id -> "/manage/v1/import/" + id);
    }

    /** Polls the job until it has ended, and returns its final state. */
    static ExtractableResponse<Response> awaitEnd(String token, String job) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> ManageApi.as(token).when().get(job).then().statusCode(200).extract().path("status"),
                        is(oneOf("completed", "failed")));
        return ManageApi.as(token).when().get(job).then().statusCode(200).extract();
    }
}
