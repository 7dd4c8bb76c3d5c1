package io.masthead.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Search on the article list. Tests that need stemming, compounds or typos run only where the database offers
 * full-text search (PostgreSQL); the rest hold in both modes. Each test isolates its articles with words or tags
 * of its own.
 */
@QuarkusTest
class SearchTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SearchBackend backend;

    private boolean fullText() {
        return backend.mode() == SearchMode.FULL_TEXT;
    }

    @Test
    void shouldFindAWordOfTheBodyAndSayHowItSearched() {
        String word = Fixtures.uniqueWord("quill");
        Article hit = fixtures.article().blocks(paragraph("The " + word + " rests on the desk.")).create();
        Article other = fixtures.article().create();

        Response response = given().queryParam("q", word)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header(SearchMode.HEADER, fullText() ? "full-text" : "basic")
                .body("items.id", contains(hit.id.toString()))
                .body("items[0].search.snippet", containsString("<mark>" + word + "</mark>"))
                .body(not(containsString(other.id.toString())))
                .extract().response();
        assertTrue(response.path("items[0].search.rank") instanceof Number rank && rank.doubleValue() > 0,
                "the rank of a hit is positive");
    }

    @Test
    void shouldNotAnnounceASearchModeNorHitsWithoutQ() {
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();

        given().queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header(SearchMode.HEADER, nullValue())
                .body("items", hasSize(1))
                .body("items[0].search", nullValue());
    }

    @Test
    void shouldRankTheHeadlineAboveTheStandfirstAboveTheBody() {
        String word = Fixtures.uniqueWord("rank");
        Article inBody = fixtures.article().blocks(paragraph("Deep in the text: " + word + ".")).create();
        Article inHeadline = fixtures.article().headline("News about " + word).create();
        Article inStandfirst = fixtures.article().standfirst("A lead that names " + word + ".").create();

        given().queryParam("q", word)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", contains(inHeadline.id.toString(), inStandfirst.id.toString(),
                        inBody.id.toString()));
    }

    @Test
    void shouldFindInflectedFormsInGermanAndEnglish() {
        assumeTrue(fullText(), "stemming needs PostgreSQL full-text search");
        Tag tag = fixtures.tag();
        Article weapons = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Die Zahl der Atomwaffen wächst.")).create();
        Article allies = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Die Verbündete aus Tokio stimmt zu.")).create();
        Article treaties = fixtures.article().language("en").tags(tag)
                .blocks(paragraph("Both treaties were signed on Monday.")).create();

        assertEquals(List.of(weapons.id.toString()), search("Atomwaffe", "de", tag));
        assertEquals(List.of(allies.id.toString()), search("Verbündeter", "de", tag));
        given().queryParam("q", "Verbündeter").queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].search.snippet", containsString("Die <mark>Verbündete</mark> aus Tokio"));
        assertEquals(List.of(treaties.id.toString()), search("treaty", "en", tag));
        assertEquals(List.of(treaties.id.toString()), search("treaty", null, tag));
    }

    @Test
    void shouldFindTheCompoundsAWordIsPartOf() {
        Tag tag = fixtures.tag();
        Article compound = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Das Sicherheitsbündnis der beiden Staaten wird enger.")).create();
        fixtures.article().language("de").tags(tag).blocks(paragraph("Ein ganz anderes Thema.")).create();

        assertEquals(List.of(compound.id.toString()), search("Bündnis", "de", tag));
    }

    @Test
    void shouldFindAWordWithOneWrongLetter() {
        assumeTrue(fullText(), "typos need PostgreSQL full-text search");
        Tag tag = fixtures.tag();
        Article weapons = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Über Atomwaffen wird in Genf verhandelt.")).create();

        assertEquals(List.of(weapons.id.toString()), search("Atomwafen", "de", tag));
        assertEquals(List.of(weapons.id.toString()), search("Atomwaffne", "de", tag));
    }

    @Test
    void shouldRankTheWordItselfAboveItsCompounds() {
        assumeTrue(fullText(), "compound expansion needs PostgreSQL full-text search");
        Tag tag = fixtures.tag();
        Article compound = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Das Verteidigungsbündnis tagt.")).create();
        Article exact = fixtures.article().language("de").tags(tag)
                .blocks(paragraph("Das Bündnis tagt.")).create();

        assertEquals(List.of(exact.id.toString(), compound.id.toString()), search("Bündnis", "de", tag));
    }

    @Test
    void shouldUnderstandPhrasesExclusionsAndOr() {
        String first = Fixtures.uniqueWord("alpha");
        String second = Fixtures.uniqueWord("bravo");
        String third = Fixtures.uniqueWord("charlie");
        Article firstThenSecond = fixtures.article().blocks(paragraph(first + " " + second + " here.")).create();
        Article secondThenFirst = fixtures.article().blocks(paragraph(second + " and then " + first + ".")).create();
        Article firstAndThird = fixtures.article().blocks(paragraph(first + " with " + third + ".")).create();
        Article onlyThird = fixtures.article().blocks(paragraph("Just " + third + ".")).create();

        assertEquals(List.of(firstThenSecond.id.toString()), search("\"" + first + " " + second + "\"", null, null));
        assertEquals(List.of(firstThenSecond.id.toString(), secondThenFirst.id.toString()).stream().sorted().toList(),
                search(first + " -" + third, null, null).stream().sorted().toList());
        assertEquals(List.of(firstAndThird.id.toString(), onlyThird.id.toString()).stream().sorted().toList(),
                search(third + " OR " + "\"" + second + " and\" -" + first, null, null).stream().sorted().toList());
        given().queryParam("q", first + " " + second).queryParam("sort", "newest")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(firstThenSecond.id.toString(), secondThenFirst.id.toString()));
    }

    @Test
    void shouldServeSnippetsAsEscapedTextWithMarksOnly() {
        String word = Fixtures.uniqueWord("mark");
        fixtures.article()
                .blocks(paragraph("If a &lt;b&gt; &amp; &quot;c&quot; then " + word + " <b>bold</b> ends."))
                .create();

        given().queryParam("q", word)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].search.snippet", containsString("a &lt;b&gt; &amp; &quot;c&quot; then <mark>" + word
                        + "</mark> bold ends"))
                .body("items[0].search.snippet", not(containsString("<b>")));
    }

    @Test
    void shouldCutTheSnippetAroundAMatchDeepInTheBody() {
        String word = Fixtures.uniqueWord("deep");
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40);
        fixtures.article().blocks(paragraph(filler), paragraph(filler + "Here is " + word + " at last. " + filler))
                .create();

        String snippet = given().queryParam("q", word)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("items[0].search.snippet");

        assertTrue(snippet.contains("Here is <mark>" + word + "</mark> at last"), snippet);
        assertTrue(snippet.length() < 400, snippet);
    }

    @Test
    void shouldPageThroughRankedResultsWithStableCursorsAndATotal() {
        String word = Fixtures.uniqueWord("page");
        Tag tag = fixtures.tag();
        List<String> created = new ArrayList<>();
        created.add(fixtures.article().tags(tag).headline("On " + word).create().id.toString());
        created.add(fixtures.article().tags(tag).standfirst(word + " in the lead").create().id.toString());
        for (int i = 0; i < 3; i++) {
            Article inBody = fixtures.article().tags(tag).blocks(paragraph("Once more " + word + ".")).create();
            created.add(inBody.id.toString());
        }

        List<String> seen = new ArrayList<>();
        List<Double> ranks = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", word).queryParam("tag", tag.slug).queryParam("limit", 2)
                    .queryParam("count", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("total", equalTo(5))
                    .extract().response();
            seen.addAll(page.path("items.id"));
            List<Number> pageRanks = page.path("items.search.rank");
            pageRanks.forEach(rank -> ranks.add(rank.doubleValue()));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertEquals(created.stream().sorted().toList(), seen.stream().sorted().toList(), "every hit exactly once");
        assertEquals(created.subList(0, 2), seen.subList(0, 2), "headline first, then the standfirst");
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i) <= ranks.get(i - 1), "ranks never rise: " + ranks);
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherSearchOrSort() {
        String word = Fixtures.uniqueWord("cursor");
        for (int i = 0; i < 2; i++) {
            fixtures.article().blocks(paragraph(word + " again.")).create();
        }
        String cursor = given().queryParam("q", word).queryParam("limit", 1)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("nextCursor");

        for (var other : List.of(List.of("q", word + " x"), List.of("sort", "newest"), List.of("lang", "en"))) {
            var request = given().queryParam("cursor", cursor).queryParam("limit", 1);
            if (!other.get(0).equals("q")) {
                request.queryParam("q", word);
            }
            request.queryParam(other.get(0), other.get(1))
                    .when().get("/api/v1/articles")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("cursor"))
                    .body("errors[0].detail", containsString("another list"));
        }
    }

    @Test
    void shouldRejectQueriesThatCannotBeSearched() {
        String tooLong = "a".repeat(201);
        for (String q : List.of("", tooLong, "nul\u0000byte", "-excluded -\"only this\"", "\"\"", "--- ...")) {
            given().queryParam("q", q)
                    .when().get("/api/v1/articles")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                    .body("errors[0].parameter", equalTo("q"));
        }
        given().queryParam("q", "a".repeat(200))
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", empty());
        given().queryParam("sort", "relevance")
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("sort"))
                .body("errors[0].detail", containsString("needs q"));
    }

    private static List<String> search(String q, String language, Tag tag) {
        var request = given().queryParam("q", q);
        if (language != null) {
            request.queryParam("lang", language);
        }
        if (tag != null) {
            request.queryParam("tag", tag.slug);
        }
        return request.when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("items.id");
    }

    static BlockInput paragraph(String html) {
        return new BlockInput.Paragraph("paragraph", html);
    }
}
