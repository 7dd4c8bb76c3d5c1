package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.content;
import static io.masthead.manage.ManagedArticles.paragraph;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Mass assignment and validation: every bad field is named by its JSON pointer, in one 400, never a 500. */
@QuarkusTest
class ValidationTest {
    private static final String SERVER_OWNED = "is set by the server and cannot be sent";
    private static final List<String> SERVER_OWNED_FIELDS =
            List.of("createdAt", "id", "status", "updatedAt", "version", "wordCount");

    @Test
    void shouldReportEveryProblemOfTheBodyInOneResponse() {
        Map<String, Object> body = withServerOwnedFields(new LinkedHashMap<>());
        body.put("language", "english");
        body.put("color", "red");
        body.put("blocks", List.of(Map.of("type", "video", "url", "https://www.youtube.com/watch?v=x"),
                Map.of("type", "image", "mediaId", UUID.randomUUID().toString()),
                Map.of("type", "embed", "url", "https://evil.example/x"),
                paragraph("<script>alert(1)</script>")));

        invalid(body).body("errors.pointer", hasItems("#/headline", "#/language", "#/color", "#/blocks/0/type",
                "#/blocks/1/mediaId", "#/blocks/2/url", "#/blocks/3/html", "#/id", "#/version", "#/status",
                "#/createdAt", "#/updatedAt", "#/wordCount"));
    }

    @Test
    void shouldReportAnUnknownBlockTypeAlongsideTheOtherProblems() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("language", "en", "color", "red",
                "blocks", List.of(Map.of("type", "video", "url", "https://www.youtube.com/watch?v=x"))));

        invalid(body).body("errors.pointer", equalTo(List.of("#/blocks/0/type", "#/color", "#/headline")));
    }

    @Test
    void shouldReportBlockProblemsAlongsideFieldProblems() {
        Map<String, Object> body = content("unused");
        body.remove("headline");
        body.put("blocks", List.of(Map.of("type", "image", "mediaId", UUID.randomUUID().toString())));

        invalid(body).body("errors.pointer", equalTo(List.of("#/blocks/0/mediaId", "#/headline")));
    }

    @Test
    void shouldReportEveryFieldProblemAndServerOwnedFieldTogether() {
        Map<String, Object> body = withServerOwnedFields(new LinkedHashMap<>());
        body.put("language", "english");
        body.put("color", "red");
        body.put("blocks", List.of(paragraph("Fine.")));

        invalid(body)
                .body("detail", equalTo("9 fields are invalid; see errors."))
                .body("errors.pointer", equalTo(List.of("#/color", "#/createdAt", "#/headline", "#/id",
                        "#/language", "#/status", "#/updatedAt", "#/version", "#/wordCount")))
                .body("errors.findAll { it.detail == '" + SERVER_OWNED + "' }.pointer",
                        equalTo(SERVER_OWNED_FIELDS.stream().map(field -> "#/" + field).toList()))
                .body("errors.find { it.pointer == '#/color' }.detail", equalTo("is not a field of this request body"));
    }

    @Test
    void shouldReportEveryBlockAndReferenceProblemTogether() {
        Map<String, Object> body = content(Fixtures.unique("References"));
        body.put("section", Fixtures.unique("no-section"));
        body.put("tags", List.of(Fixtures.unique("no-tag")));
        body.put("blocks", List.of(Map.of("type", "image", "mediaId", UUID.randomUUID().toString()),
                Map.of("type", "embed", "url", "https://evil.example/x"),
                paragraph("<script>alert(1)</script>")));

        invalid(body).body("errors.pointer", containsInAnyOrder("#/blocks/0/mediaId", "#/blocks/1/url",
                "#/blocks/2/html", "#/section", "#/tags/0"));
    }

    @Test
    void shouldNeverAcceptServerOwnedFieldsOnPutOrPatch() {
        String editor = ManageApi.newToken("editor");
        var created = ManagedArticles.create(editor, content(Fixtures.unique("Owned")));
        String id = created.path("id");
        String etag = created.header("ETag");

        Map<String, Object> put = withServerOwnedFields(content(Fixtures.unique("Owned")));
        ManageApi.as(editor).header("If-Match", etag).body(put).when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(400)
                .body("errors.pointer", equalTo(SERVER_OWNED_FIELDS.stream().map(field -> "#/" + field).toList()));
        ManageApi.as(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("status", "published", "firstPublishedAt", "2020-01-01T00:00:00Z"))
                .when().patch("/manage/v1/articles/{id}", id)
                .then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("#/firstPublishedAt", "#/status")))
                .body("errors.detail", equalTo(List.of(SERVER_OWNED, SERVER_OWNED)));

        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("status", equalTo("draft"))
                .body("id", equalTo(id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"paragraph\", \"html\": \"x\", \"colour\": 1}",
            "{\"colour\": 1, \"html\": \"x\", \"type\": \"paragraph\"}"})
    void shouldNameAnUnknownFieldInsideABlock(String block) {
        invalid("{\"language\": \"en\", \"headline\": \"h\", \"blocks\": [" + block + "]}")
                .body("errors.pointer", equalTo(List.of("#/blocks/0/colour")))
                .body("errors[0].detail", equalTo("is not a field of this request body"));
    }

    @Test
    void shouldNameEveryValueOfTheWrongType() {
        invalid("{\"language\": \"en\", \"headline\": 5, \"publishedAt\": \"yesterday\", "
                + "\"hero\": {\"mediaId\": \"x\"}, \"blocks\": []}")
                .body("errors.pointer", equalTo(List.of("#/headline", "#/hero/mediaId", "#/publishedAt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "true"})
    void shouldRefuseAScalarForAStringField(String headline) {
        invalid("{\"language\": \"en\", \"headline\": " + headline + ", \"blocks\": []}")
                .body("errors.pointer", equalTo(List.of("#/headline")))
                .body("errors[0].detail", equalTo("must be a string"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"publishedAt\": \"yesterday\"  | #/publishedAt | must be an RFC 3339 date-time with an offset, "
                    + "such as 2026-11-20T08:45:00+01:00",
            "\"hero\": {\"mediaId\": \"x\"}  | #/hero/mediaId | must be a UUID",
            "\"headline\": [\"a\"]           | #/headline     | must be a string",
            "\"blocks\": {}                  | #/blocks       | must be an array",
            "\"blocks\": [null]              | #/blocks/0     | must not be null",
            "\"blocks\": [{\"html\": \"x\"}] | #/blocks/0/type | is required: one of paragraph, heading, quote, "
                    + "image, embed, list"})
    void shouldNameAValueOfTheWrongType(String field, String pointer, String detail) {
        String base = field.startsWith("\"blocks\"") ? "\"headline\": \"h\""
                : field.startsWith("\"headline\"") ? "\"blocks\": []" : "\"headline\": \"h\", \"blocks\": []";
        invalid("{\"language\": \"en\", " + base + ", " + field + "}")
                .body("errors.pointer", equalTo(List.of(pointer)))
                .body("errors[0].detail", equalTo(detail))
                .body(not(containsString("java")))
                .body(not(containsString("Jackson")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "[{\"headline\": \"x\"}]", "null", "\"text\"", "5"})
    void shouldRequireAJsonObject(String body) {
        invalid(body)
                .body("detail", equalTo("# must be a JSON object."))
                .body("errors.pointer", equalTo(List.of("#")));
    }

    @Test
    void shouldRefuseInvalidJson() {
        invalid("{\"language\": \"en\", \"headline\": ")
                .body("detail", equalTo("The body is not valid JSON (line 1, column 32)."))
                .body(not(containsString("jackson")));
    }

    @Test
    void shouldDeclareTheProblemBodyOfA400InTheContract() {
        ManageApi.asAdmin().body(Map.of("language", "en", "blocks", List.of()))
                .when().post("/manage/v1/articles")
                .then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("#/headline")));
    }

    private static Map<String, Object> withServerOwnedFields(Map<String, Object> body) {
        body.put("id", UUID.randomUUID().toString());
        body.put("version", 7);
        body.put("status", "published");
        body.put("createdAt", "2020-01-01T00:00:00Z");
        body.put("updatedAt", "2020-01-01T00:00:00Z");
        body.put("wordCount", 9999);
        return body;
    }

    /** Posts the body (a map, or raw JSON text) and checks the shape every 400 here shares. */
    private static ValidatableResponse invalid(Object body) {
        return ManageApi.as(ManageApi.ADMIN_TOKEN).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("instance", equalTo("/manage/v1/articles"));
    }
}
