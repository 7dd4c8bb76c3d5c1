package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list that takes a cursor answers a cursor it did not issue with a 400 naming {@code cursor}: forged ones
 * (well-formed, but unsigned), tampered ones, and ones that carry what a database cannot take (a NUL, a time
 * far outside any column's range). None may reach the database and come back as a 500.
 */
@QuarkusTest
class ForgedCursorTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String ID = "01a21af4-2eac-7a93-844f-cff868d42398";

    static Stream<String> routes() {
        return Stream.of("/api/v1/articles", "/api/v1/tags", "/manage/v1/articles", "/manage/v1/media",
                "/manage/v1/tags", "/manage/v1/sections", "/manage/v1/webhooks/{webhook}/deliveries",
                "/manage/v1/import/{job}/errors");
    }

    /** What an attacker can make without the key: the old, unsigned form of each kind of cursor, and worse. */
    static Map<String, String> forgedCursors() {
        Map<String, String> cursors = new LinkedHashMap<>();
        cursors.put("unsigned time and id", raw("1\n2026-11-20T07:45:00Z\n" + ID));
        cursors.put("unsigned slug", raw("1\nharbour"));
        cursors.put("unsigned line number", raw("1\n7"));
        cursors.put("far-future time", raw("1\n+1000000000-12-31T23:59:59Z\n" + ID));
        cursors.put("NUL in a slug", raw("1\nhar\u0000bour"));
        cursors.put("NUL in an id", raw("1\n2026-11-20T07:45:00Z\n" + ID + "\u0000"));
        cursors.put("signed form without its signature", raw("\u0002harbour"));
        return cursors;
    }

    @ParameterizedTest
    @MethodSource("routes")
    void shouldRefuseEveryForgedCursorNamingTheParameter(String route) {
        String path = concrete(route);
        try {
            forgedCursors().forEach((kind, cursor) -> assertRefused(path, cursor, kind));
        } finally {
            removeWebhook(path);
        }
    }

    @ParameterizedTest
    @MethodSource("routes")
    void shouldRefuseATamperedCursorThatItIssuedElsewhere(String route) {
        String path = concrete(route);
        try {
            for (String issued : List.of(issuedTimeCursor(), issuedSlugCursor())) {
                assertRefused(path, tamper(issued, issued.length() / 2), "a changed character of " + issued);
                assertRefused(path, tamper(issued, issued.length() - 1), "a changed last character of " + issued);
                assertRefused(path, issued.substring(0, issued.length() - 4), "a truncated " + issued);
            }
        } finally {
            removeWebhook(path);
        }
    }

    private static void removeWebhook(String path) {
        if (path.startsWith("/manage/v1/webhooks/")) {
            ManageApi.asAdmin().when().delete(path.substring(0, path.length() - "/deliveries".length()))
                    .then().statusCode(204);
        }
    }

    @Test
    void shouldStillFollowTheCursorsItIssues() {
        String slug = issuedSlugCursor();

        given().queryParam("cursor", slug).queryParam("limit", 1)
                .when().get("/api/v1/tags")
                .then().statusCode(200)
                .body("items", hasSize(1));
        ManageApi.asAdmin().queryParam("cursor", issuedTimeCursor()).queryParam("limit", 1)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(1));
    }

    private static void assertRefused(String path, String cursor, String kind) {
        RequestSpecification request = path.startsWith("/manage") ? ManageApi.asAdmin() : given();
        try {
            request.queryParam("cursor", cursor)
                    .when().get(path)
                    .then().statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                    .body("errors", hasSize(1))
                    .body("errors[0].parameter", equalTo("cursor"))
                    .body("errors[0].detail", equalTo(Cursor.malformed().detail()));
        } catch (AssertionError e) {
            throw new AssertionError(kind + " on " + path + ": " + e.getMessage(), e);
        }
    }

    /** A real next-page cursor of a list sorted by time and id. */
    private static String issuedTimeCursor() {
        for (int i = 0; i < 2; i++) {
            ManageApi.asAdmin().body(Map.of("language", "en", "headline", Fixtures.unique("Cursor article"),
                            "blocks", List.of(Map.of("type", "paragraph", "html", "Text"))))
                    .when().post("/manage/v1/articles")
                    .then().statusCode(201);
        }
        return nextCursor(() -> ManageApi.asAdmin(), "/manage/v1/articles");
    }

    /** A real next-page cursor of a list sorted by slug. */
    private static String issuedSlugCursor() {
        for (int i = 0; i < 2; i++) {
            ManageApi.asAdmin().body(Map.of("slug", Fixtures.unique("cursor-tag"), "type", "topic",
                            "names", Map.of("en", Map.of("name", "Cursor tag"))))
                    .when().post("/manage/v1/tags")
                    .then().statusCode(201);
        }
        return nextCursor(() -> given(), "/api/v1/tags");
    }

    private static String nextCursor(Supplier<RequestSpecification> request, String path) {
        String next = request.get().queryParam("limit", 1)
                .when().get(path)
                .then().statusCode(200)
                .extract().path("nextCursor");
        assertNotNull(next, path + " should have a second page");
        return next;
    }

    /** Replaces one character by another of the base64url alphabet. */
    private static String tamper(String cursor, int at) {
        char replacement = cursor.charAt(at) == 'A' ? 'B' : 'A';
        return cursor.substring(0, at) + replacement + cursor.substring(at + 1);
    }

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String concrete(String route) {
        if (route.contains("{webhook}")) {
            String id = ManageApi.asAdmin()
                    .body(Map.of("url", "http://127.0.0.1:9/forged-cursor", "events", List.of("article.deleted")))
                    .when().post("/manage/v1/webhooks")
                    .then().statusCode(201)
                    .extract().path("webhook.id");
            return route.replace("{webhook}", id);
        }
        if (route.contains("{job}")) {
            String id = ManageApi.asAdmin().contentType("application/x-ndjson")
                    .body("{}\n".getBytes(StandardCharsets.UTF_8))
                    .when().post("/manage/v1/import")
                    .then().statusCode(202)
                    .extract().path("id");
            return route.replace("{job}", id);
        }
        return route;
    }

}
