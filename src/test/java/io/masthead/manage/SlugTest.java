package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static io.masthead.manage.ManagedArticles.content;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slugs are unique per language. How a clash is resolved depends on who chose the slug: one derived from the
 * headline moves on to the next free suffix (-2, -3, ...), also when another request takes it at the same moment
 * (the insert fails on the unique key and is retried); an explicit slug is the client's choice, so a taken one is
 * a 409 and never silently changed. Every test writes in a language tag of its own (such as de-1a2b3c4d), so
 * that the exact same headline can be used without clashing with other tests.
 */
@QuarkusTest
class SlugTest {
    private static final String HEADLINE = "Grüße aus Köln: Straße & Öl!";
    private static final String SLUG = "gruesse-aus-koeln-strasse-oel";
    private static final String NO_FREE_SLUG = "No free slug could be reserved for this headline; retry the request.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Grüße aus Köln: Straße & Öl!  | gruesse-aus-koeln-strasse-oel",
            "  ÄÖÜ äöü ß — Ærø Œuvre        | aeoeue-aeoeue-ss-aero-oeuvre",
            "!!! ??? ***                   | article"})
    void shouldDeriveTheSlugFromTheHeadline(String headline, String slug) {
        String language = uniqueLanguage();

        create(language, headline).then().statusCode(201).body("content.slug", equalTo(slug));
    }

    @Test
    void shouldSuffixASecondArticleWithTheSameHeadlineInTheSameLanguageOnly() {
        String language = uniqueLanguage();

        assertEquals(SLUG, slugOf(create(language, HEADLINE)));
        assertEquals(SLUG + "-2", slugOf(create(language, HEADLINE)));
        assertEquals(SLUG + "-3", slugOf(create(language, HEADLINE)));
        assertEquals(SLUG, slugOf(create(uniqueLanguage(), HEADLINE)));
    }

    @Test
    void shouldAnswer409ForATakenExplicitSlug() {
        String language = uniqueLanguage();
        String slug = "chosen-by-the-desk";
        create(language, HEADLINE, slug).then().statusCode(201).body("content.slug", equalTo(slug));

        create(language, "Another headline", slug)
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", equalTo("The slug '" + slug + "' is already used by another " + language
                        + " article."));
        var other = create(language, "Another headline").then().statusCode(201).extract();
        ManageApi.asAdmin().header("If-Match", other.header("ETag"))
                .body(body(language, "Another headline", slug))
                .when().put("/manage/v1/articles/{id}", other.path("id").toString())
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "conflict"));
        create(uniqueLanguage(), HEADLINE, slug).then().statusCode(201).body("content.slug", equalTo(slug));

        ManageApi.asAdmin().queryParam("lang", language)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .body("items.slug", equalTo(List.of("another-headline", slug)));
    }

    @Test
    void shouldGiveTwentyParallelCreatesTwentyDistinctSlugs() throws Exception {
        String language = uniqueLanguage();

        List<Response> responses = StartGate.race(20, i -> create(language, HEADLINE));

        assertEquals(List.of(), responses.stream().filter(response -> response.statusCode() != 201)
                .map(response -> response.statusCode() + " " + response.asString()).toList());
        Set<String> expected = new TreeSet<>(IntStream.rangeClosed(2, 20).mapToObj(n -> SLUG + "-" + n).toList());
        expected.add(SLUG);
        assertEquals(expected, responses.stream().map(SlugTest::slugOf).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(expected, storedSlugs(language));
    }

    /** What holds today, even where the test above fails: no 500, no duplicate, and a refusal is a clear 409. */
    @Test
    void shouldNeverDuplicateASlugOrFailWithA500UnderParallelCreates() throws Exception {
        String language = uniqueLanguage();

        List<Response> responses = StartGate.race(20, i -> create(language, HEADLINE));

        List<String> slugs = new ArrayList<>();
        for (Response response : responses) {
            if (response.statusCode() == 201) {
                slugs.add(slugOf(response));
            } else {
                response.then().statusCode(409)
                        .contentType(PROBLEM_JSON)
                        .body("detail", equalTo(NO_FREE_SLUG));
            }
        }
        Set<String> distinct = new TreeSet<>(slugs);
        assertEquals(slugs.size(), distinct.size(), () -> "duplicate slugs: " + slugs);
        assertTrue(distinct.contains(SLUG), distinct::toString);
        assertTrue(distinct.stream().allMatch(slug -> slug.matches(SLUG + "(-([2-9]|1[0-9]|20))?")),
                distinct::toString);
        assertEquals(distinct, storedSlugs(language));
    }

    private static Set<String> storedSlugs(String language) {
        return new TreeSet<>(ManageApi.asAdmin().queryParam("lang", language).queryParam("limit", 100)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class));
    }

    /** A language tag no other test writes in: a region subtag of random letters and digits. */
    private static String uniqueLanguage() {
        return "de-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Response create(String language, String headline) {
        return ManageApi.asAdmin().body(body(language, headline, null)).when().post("/manage/v1/articles");
    }

    private static Response create(String language, String headline, String slug) {
        return ManageApi.asAdmin().body(body(language, headline, slug)).when().post("/manage/v1/articles");
    }

    private static Map<String, Object> body(String language, String headline, String slug) {
        Map<String, Object> body = content(headline);
        body.put("language", language);
        if (slug != null) {
            body.put("slug", slug);
        }
        return body;
    }

    private static String slugOf(Response response) {
        return response.then().statusCode(201).extract().path("content.slug");
    }
}
