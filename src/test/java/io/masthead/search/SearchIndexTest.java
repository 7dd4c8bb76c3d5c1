package io.masthead.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.masthead.article.Article;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write that changes what is searchable changes the index in the same transaction. */
@QuarkusTest
class SearchIndexTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SearchBackend backend;

    @Test
    void shouldFollowEveryChangeOfAnArticlesText() {
        String created = Fixtures.uniqueWord("first");
        String replaced = Fixtures.uniqueWord("second");
        String patched = Fixtures.uniqueWord("third");
        ExtractableResponse<Response> article = ManageApi.asAdmin().queryParam("publish", true)
                .body(content("A story", created))
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .extract();
        String id = article.path("id");
        assertEquals(List.of(id), search(created));

        String etag = ManageApi.asAdmin().header("If-Match", article.header("ETag")).body(content("A story", replaced))
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .extract().header("ETag");
        assertEquals(List.of(), search(created));
        assertEquals(List.of(id), search(replaced));

        etag = ManageApi.asAdmin().header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("headline", "A story about " + patched))
                .when().patch("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .extract().header("ETag");
        assertEquals(List.of(id), search(patched));

        etag = ManageApi.asAdmin().header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/revisions/{version}/restore", id, 0)
                .then().statusCode(200)
                .extract().header("ETag");
        assertEquals(List.of(id), search(created));
        assertEquals(List.of(), search(replaced));
        assertEquals(List.of(), search(patched));

        ManageApi.asAdmin().header("If-Match", etag)
                .when().delete("/manage/v1/articles/{id}", id)
                .then().statusCode(204);
        assertEquals(List.of(), search(created));
    }

    @Test
    void shouldFindTheCompoundsOfAnArticlePublishedFromADraft() {
        String part = Fixtures.uniqueWord("hafen");
        Article draft = fixtures.article().draft()
                .blocks(SearchTest.paragraph("Der Kaiser" + part + " liegt still.")).language("de").create();
        assertEquals(List.of(), search(part));

        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().post("/manage/v1/articles/{id}/publish", draft.id)
                .then().statusCode(200);

        assertEquals(List.of(draft.id.toString()), search(part));
    }

    @Test
    void shouldFindArticlesByTheNamesOfTheirTagsAfterARenameAndAMerge() {
        assumeTrue(backend.mode() == SearchMode.FULL_TEXT, "tag names are indexed by the full-text search only");
        Tag tag = fixtures.tag();
        Tag target = fixtures.tag();
        Article article = fixtures.article().language("de").tags(tag).create();
        String firstName = Fixtures.uniqueWord("erst");
        String secondName = Fixtures.uniqueWord("zweit");
        rename(tag, firstName, "\"v0\"");
        assertEquals(List.of(article.id.toString()), search(firstName));

        rename(tag, secondName, "\"v1\"");
        assertEquals(List.of(), search(firstName));
        assertEquals(List.of(article.id.toString()), search(secondName));

        String targetName = Fixtures.uniqueWord("ziel");
        rename(target, targetName, "\"v0\"");
        ManageApi.asAdmin().header("If-Match", "\"v2\"").body(Map.of("into", target.slug))
                .when().post("/manage/v1/tags/{id}/merge", tag.id)
                .then().statusCode(200);
        assertEquals(List.of(), search(secondName));
        assertEquals(List.of(article.id.toString()), search(targetName));
    }

    @Test
    void shouldFindImportedArticles() {
        String word = Fixtures.uniqueWord("import");
        String line = "{\"status\":\"published\",\"article\":{\"language\":\"en\",\"headline\":\"Imported\","
                + "\"blocks\":[{\"type\":\"paragraph\",\"html\":\"All about " + word + ".\"}]}}\n";
        String job = ManageApi.asAdmin().contentType("application/x-ndjson")
                .body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/manage/v1/import")
                .then().statusCode(202)
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "completed".equals(ManageApi.asAdmin()
                .when().get(job).then().extract().path("status")));

        given().queryParam("q", word)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].headline", equalTo("Imported"));
    }

    private static void rename(Tag tag, String name, String etag) {
        ManageApi.asAdmin().header("If-Match", etag)
                .body(Map.of("slug", tag.slug, "type", "topic", "names", Map.of("de", Map.of("name", name))))
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(200);
    }

    private static Map<String, Object> content(String headline, String word) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("language", "en");
        content.put("headline", headline);
        content.put("blocks", List.of(Map.of("type", "paragraph", "html", "It is about " + word + ".")));
        return content;
    }

    private static List<String> search(String q) {
        return given().queryParam("q", q)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("items.id");
    }
}
