package io.masthead.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.Fixtures;
import io.masthead.testing.TagListing;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TagDeliveryTest {
    @Inject
    Fixtures fixtures;
    @Inject
    TagWriter tagWriter;

    @Test
    void shouldServeATagWithItsNamesParentAndIdentifiers() {
        Tag parent = tagWriter.create(new TagContent(Fixtures.unique("asia"), TagType.PLACE, Map.of(
                "en", new TagContent.Localization("Asia", null),
                "de", new TagContent.Localization("Asien", null)), null, null, null));
        Tag japan = tagWriter.create(new TagContent(Fixtures.unique("japan"), TagType.PLACE, Map.of(
                        "en", new TagContent.Localization("Japan", "An island country in East Asia."),
                        "de", new TagContent.Localization("Japan (de)", "Ein Inselstaat in Ostasien.")),
                parent.slug, "medtop:11000000", "Q17"));
        fixtures.article().tags(japan).create();

        given().queryParam("lang", "de")
                .when().get("/api/v1/tags/{slug}", japan.slug)
                .then().statusCode(200)
                .body("id", equalTo(japan.id.toString()))
                .body("slug", equalTo(japan.slug))
                .body("type", equalTo("place"))
                .body("name", equalTo("Japan (de)"))
                .body("description", equalTo("Ein Inselstaat in Ostasien."))
                .body("names", equalTo(Map.of("en", "Japan", "de", "Japan (de)")))
                .body("parent.id", equalTo(parent.id.toString()))
                .body("parent.slug", equalTo(parent.slug))
                .body("parent.type", equalTo("place"))
                .body("parent.name", equalTo("Asien"))
                .body("iptcMediaTopic", equalTo("medtop:11000000"))
                .body("wikidataQid", equalTo("Q17"))
                .body("articleCount", equalTo(1));
        given().queryParam("lang", "en")
                .when().get("/api/v1/tags/{slug}", japan.slug)
                .then().statusCode(200)
                .body("name", equalTo("Japan"))
                .body("description", equalTo("An island country in East Asia."))
                .body("parent.name", equalTo("Asia"));
    }

    @Test
    void shouldLeaveOutWhatATagDoesNotHave() {
        Tag tag = fixtures.tag(TagType.EVENT);

        // The fixture tag has no German description, no parent and no identifiers: absent, not null.
        given().queryParam("lang", "de")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .body("name", equalTo("Deutsch " + tag.slug))
                .body("$", not(hasKey("description")))
                .body("$", not(hasKey("parent")))
                .body("$", not(hasKey("iptcMediaTopic")))
                .body("$", not(hasKey("wikidataQid")))
                .body("articleCount", equalTo(0));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownTag() {
        String slug = Fixtures.unique("no-such-tag");

        given().when().get("/api/v1/tags/{slug}", slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("detail", containsString(slug))
                .body("instance", equalTo("/api/v1/tags/" + slug));
    }

    @Test
    void shouldListOnlyTagsOfTheRequestedType() {
        Tag person = fixtures.tag(TagType.PERSON);
        Tag topic = fixtures.tag(TagType.TOPIC);

        List<Map<String, Object>> persons = TagListing.all(Map.of("type", "person"));

        List<Object> slugs = persons.stream().map(item -> item.get("slug")).toList();
        assertTrue(slugs.contains(person.slug), "the person tag is listed");
        assertFalse(slugs.contains(topic.slug), "the topic tag is not listed");
        persons.forEach(item -> assertEquals("person", item.get("type"), "type of " + item.get("slug")));
    }

    @Test
    void shouldRejectAnUnknownTypeNamingTheParameter() {
        given().queryParam("type", "planet")
                .when().get("/api/v1/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                .body("detail", containsString("topic, person, organisation, place, event"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("type"))
                .body("$", not(hasKey("items")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc", "-1"})
    void shouldRejectALimitOutsideOneToHundred(String limit) {
        given().queryParam("limit", limit)
                .when().get("/api/v1/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                .body("detail", containsString("'" + limit + "'"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("limit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "bm90LWEtY3Vyc29y"})
    void shouldRejectACursorThisApiDidNotIssue(String cursor) {
        // The second value is well-formed base64url ("not-a-cursor"), so only the decoder can refuse it.
        given().queryParam("cursor", cursor)
                .when().get("/api/v1/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void shouldPageThroughAllTagsInSlugOrderEachOnce() {
        String prefix = Fixtures.unique("paging");
        for (String suffix : List.of("c", "a", "b")) {
            tagWriter.create(new TagContent(prefix + "-" + suffix, TagType.TOPIC,
                    Map.of("en", new TagContent.Localization("Paging " + suffix, null)), null, null, null));
        }

        List<Map<String, Object>> all = TagListing.all(Map.of());

        List<Object> ids = all.stream().map(item -> item.get("id")).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no tag is served twice across pages");
        List<Object> ours = all.stream().map(item -> item.get("slug"))
                .filter(slug -> ((String) slug).startsWith(prefix + "-"))
                .toList();
        assertEquals(List.of(prefix + "-a", prefix + "-b", prefix + "-c"), ours);
    }

    @Test
    void shouldNameListedTagsInTheRequestedLanguage() {
        Tag tag = fixtures.tag(TagType.ORGANISATION);

        Map<String, Object> german = TagListing.all(Map.of("lang", "de", "type", "organisation")).stream()
                .filter(item -> tag.slug.equals(item.get("slug"))).findFirst().orElseThrow();
        Map<String, Object> english = TagListing.all(Map.of("lang", "en", "type", "organisation")).stream()
                .filter(item -> tag.slug.equals(item.get("slug"))).findFirst().orElseThrow();

        assertEquals("Deutsch " + tag.slug, german.get("name"));
        assertEquals("English " + tag.slug, english.get("name"));
        assertEquals(Map.of("en", "English " + tag.slug, "de", "Deutsch " + tag.slug), english.get("names"));
        Set<String> keys = english.keySet();
        assertTrue(keys.contains("articleCount") && !keys.contains("parent"), "list items are full tags: " + keys);
    }
}
