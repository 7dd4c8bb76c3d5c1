package io.masthead.importer;

import static io.masthead.importer.ImportFiles.NDJSON;
import static io.masthead.importer.ImportFiles.article;
import static io.masthead.importer.ImportFiles.awaitEnd;
import static io.masthead.importer.ImportFiles.file;
import static io.masthead.importer.ImportFiles.image;
import static io.masthead.importer.ImportFiles.line;
import static io.masthead.importer.ImportFiles.start;
import static io.masthead.importer.ImportFiles.tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldImportEachLineOnItsOwnAndReportTheOnesThatFail() {
        String editor = ManageApi.newToken("editor");
        String published = Fixtures.unique("imported");
        String draft = Fixtures.unique("imported-draft");
        String topic = Fixtures.unique("topic");
        UUID hero = UUID.randomUUID();
        Map<String, Object> withHero = article(published, "Harbour reopens after the storm", topic);
        withHero.put("hero", Map.of("mediaId", hero.toString()));
        byte[] upload = file(
                line("published", withHero, List.of(image(hero, published)), List.of(tag(topic))),
                line(null, article(draft, "A draft about the harbour", topic), null, null),
                "{\"article\": {\"language\": \"en\"",
                "",
                line("published", article(Fixtures.unique("headless"), null), null, null),
                line("published", article(Fixtures.unique("untagged"), "Tagged wrongly", "no-such-tag-anywhere"),
                        null, null));

        ExtractableResponse<Response> accepted = ManageApi.as(editor).contentType(NDJSON).body(upload)
                .when().post("/manage/v1/import")
                .then().log().ifValidationFails().statusCode(202)
                .body("status", equalTo("queued"))
                .body("total", equalTo(5))
                .body("processed", equalTo(0))
                .body("percent", equalTo(0.0f))
                .body("createdBy", notNullValue())
                .body("errors", hasSize(0))
                .extract();
        String job = "/manage/v1/import/" + accepted.path("id");
        assertThat(accepted.header("Location"), endsWith(job));

        ExtractableResponse<Response> done = awaitEnd(editor, job);
        assertThat(done.path("status"), equalTo("completed"));
        ManageApi.as(editor).when().get(job)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("processed", equalTo(5))
                .body("succeeded", equalTo(2))
                .body("failed", equalTo(3))
                .body("percent", equalTo(100.0f))
                .body("startedAt", notNullValue())
                .body("finishedAt", notNullValue())
                .body("failure", nullValue())
                .body("errors.line", contains(3, 5, 6))
                .body("errors[0].errors.pointer", contains("#"))
                .body("errors[0].errors[0].detail", containsString("is not valid JSON"))
                .body("errors[1].errors.pointer", contains("#/article/headline"))
                .body("errors[1].errors.detail", contains("must not be blank"))
                .body("errors[2].errors.pointer", contains("#/article/tags/0"))
                .body("errors[2].errors.detail", contains("must be the slug of an existing tag"))
                .body("errorsTruncated", equalTo(false));

        String id = given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", published)
                .then().statusCode(200)
                .body("headline", equalTo("Harbour reopens after the storm"))
                .body("hero.media.id", equalTo(hero.toString()))
                .body("hero.media.altText", equalTo("Alt text of " + published))
                .body("tags.slug", contains(topic))
                .body("tags[0].name", equalTo("Topic " + topic))
                .extract().path("id");
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", draft).then().statusCode(404);
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}/revisions", id)
                .then().statusCode(200)
                .body("items.action", contains("import"))
                .body("items.status", contains("published"));
    }

    @Test
    void shouldFailOnlyTheLinesThatHoldANulCharacter() {
        String editor = ManageApi.newToken("editor");
        String clean = Fixtures.unique("nul-free");
        String escaped = line(null, article(Fixtures.unique("escaped-nul"), "Escaped \u0000 NUL"), null, null);
        String raw = "{\"article\": {\"language\": \"en\", \"headline\": \"Raw \u0000 NUL\", \"blocks\": []}}";
        byte[] upload = file(line(null, article(clean, "No NUL here"), null, null), escaped, raw);

        String job = "/manage/v1/import/" + ManageApi.as(editor).contentType(NDJSON).body(upload)
                .when().post("/manage/v1/import")
                .then().statusCode(202)
                .body("total", equalTo(3))
                .extract().path("id");

        assertThat(awaitEnd(editor, job).path("status"), equalTo("completed"));
        ManageApi.as(editor).when().get(job)
                .then().statusCode(200)
                .body("succeeded", equalTo(1))
                .body("failed", equalTo(2))
                .body("errors.line", contains(2, 3))
                .body("errors[0].errors.pointer", contains("#/article/blocks/0/html", "#/article/headline"))
                .body("errors[0].errors.detail", everyItem(equalTo("must not contain the NUL character (U+0000)")))
                .body("errors[1].errors.pointer", contains("#"))
                .body("errors[1].errors.detail", contains("is not valid JSON: it holds a raw NUL character (U+0000)"));
        ManageApi.as(editor).when().get(job + "/errors")
                .then().statusCode(200)
                .body("items.line", contains(2, 3));
    }

    @Test
    void shouldPageThroughTheErrorsInLineOrder() {
        String editor = ManageApi.newToken("editor");
        String job = start(editor, file("not json", "[]", "{\"article\": {}, \"extra\": 1}"));
        awaitEnd(editor, job);

        String next = ManageApi.as(editor).queryParam("limit", 2)
                .when().get(job + "/errors")
                .then().statusCode(200)
                .body("items.line", contains(1, 2))
                .body("items[1].errors.pointer", contains("#"))
                .body("items[1].errors.detail", contains("must be a JSON object"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        ManageApi.as(editor).queryParam("limit", 2).queryParam("cursor", next)
                .when().get(job + "/errors")
                .then().statusCode(200)
                .body("items.line", contains(3))
                .body("items[0].errors.pointer",
                        contains("#/article/blocks", "#/article/headline", "#/article/language", "#/extra"))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldReuseMediaAndRefuseTakenSlugsWhenAFileIsImportedAgain() {
        String editor = ManageApi.newToken("editor");
        String slug = Fixtures.unique("again");
        String headline = "Imported twice " + slug;
        UUID picture = UUID.randomUUID();
        Map<String, Object> explicit = article(slug, headline);
        explicit.put("hero", Map.of("mediaId", picture.toString()));
        Map<String, Object> derived = article(null, headline);
        derived.put("hero", Map.of("mediaId", picture.toString()));
        byte[] upload = file(line("published", explicit, List.of(image(picture, slug)), null),
                line("published", derived, List.of(image(picture, slug)), null));

        awaitEnd(editor, start(editor, upload));
        String again = start(editor, upload);
        awaitEnd(editor, again);

        ManageApi.as(editor).when().get(again)
                .then().statusCode(200)
                .body("succeeded", equalTo(1))
                .body("failed", equalTo(1))
                .body("errors.line", contains(1))
                .body("errors[0].errors.pointer", contains("#/article/slug"))
                .body("errors[0].errors[0].detail", containsString("is already used"));
        String derivedSlug = given().queryParam("lang", "en").queryParam("limit", 100)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.findAll { it.headline == '" + headline + "' }", hasSize(3))
                .body("items.findAll { it.headline == '" + headline + "' }.hero.media.id", everyItem(
                        equalTo(picture.toString())))
                .extract().path("items.find { it.headline == '" + headline + "' && it.slug != '" + slug + "' }.slug");
        assertThat(derivedSlug, notNullValue());
    }

    @Test
    void shouldImportThreeHundredArticles() {
        String editor = ManageApi.newToken("editor");
        String batch = Fixtures.unique("bulk");
        String[] lines = new String[300];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line("published", article(batch + "-" + i, "Bulk article " + i + " of " + batch, batch), null,
                    List.of(tag(batch)));
        }

        ExtractableResponse<Response> done = awaitEnd(editor, start(editor, file(lines)));

        assertThat(done.path("status"), equalTo("completed"));
        assertThat(done.path("succeeded"), equalTo(300));
        assertThat(done.path("failed"), equalTo(0));
        assertThat(done.path("percent"), equalTo(100.0f));
        given().queryParam("tag", batch).queryParam("limit", 100)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(100))
                .body("nextCursor", notNullValue());
    }

    @Test
    void shouldNeedAnApiKey() {
        byte[] upload = file(line(null, article(null, "Nobody may import this"), null, null));

        given().contentType(NDJSON).body(upload)
                .when().post("/manage/v1/import")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"));
        ManageApi.as("mh_not_a_key_anyone_issued").contentType(NDJSON).body(upload)
                .when().post("/manage/v1/import")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON);
        given().when().get("/manage/v1/import/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void shouldRefuseABodyThatIsNotNdjson() {
        ManageApi.asAdmin().body(Map.of("article", Map.of()))
                .when().post("/manage/v1/import")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("application/json"));
    }

    @Test
    void shouldRefuseAnEmptyUpload() {
        ManageApi.asAdmin().contentType(NDJSON).body(file("", "  "))
                .when().post("/manage/v1/import")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].pointer", equalTo("#"))
                .body("errors[0].detail", equalTo("must hold at least one NDJSON line"));
    }

    @Test
    void shouldRefuseMoreLinesThanAnImportMayHold() {
        String[] lines = new String[1001];
        java.util.Arrays.fill(lines, "{}");

        ManageApi.asAdmin().contentType(NDJSON).body(file(lines))
                .when().post("/manage/v1/import")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413))
                .body("detail", containsString("at most 1000 non-blank lines"));
    }

    @Test
    void shouldRefuseALineLongerThanTheLimit() {
        String tooLong = "{\"article\": \"" + "x".repeat(1024 * 1024) + "\"}";

        ManageApi.asAdmin().contentType(NDJSON).body(file("{}", tooLong))
                .when().post("/manage/v1/import")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("Line 2 is longer than 1048576 bytes"));
    }

    @Test
    void shouldAnswer404ForAnUnknownJob() {
        ManageApi.asAdmin().when().get("/manage/v1/import/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON);
        ManageApi.asAdmin().when().get("/manage/v1/import/{id}/errors", UUID.randomUUID())
                .then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }
}
