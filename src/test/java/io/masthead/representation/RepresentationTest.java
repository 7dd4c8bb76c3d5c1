package io.masthead.representation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.article.Article;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.tag.TagContent;
import io.masthead.tag.TagType;
import io.masthead.tag.TagWriter;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD and ninjs representations of an article, negotiated by {@code Accept}. JSON-LD is checked against
 * the properties and types of Google's Article structured data guidelines and expanded by a JSON-LD processor;
 * ninjs is validated against the official ninjs 3.3 JSON Schema.
 */
@QuarkusTest
class RepresentationTest {
    private static final String JSON_LD = "application/ld+json";
    private static final String NINJS = "application/vnd.iptc.ninjs+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;
    @Inject
    TagWriter tags;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldServeASchemaOrgNewsArticleWithGooglesRecommendedProperties() throws Exception {
        Media logo = fixtures.image();
        site.save(Fixtures.unique("Ledger"), logo);
        Tag tag = fixtures.tag();
        Section section = fixtures.section();
        Media hero = fixtures.image();
        Article article = fixtures.article().tags(tag).section(section).hero(hero).audio(fixtures.audio(90)).create();

        String body = given().accept(JSON_LD).queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).contentType(JSON_LD)
                .header("Vary", containsString("Accept"))
                .header("Surrogate-Key", containsString("article:" + article.id))
                .header("Surrogate-Key", containsString("section:" + section.id))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("NewsArticle"))
                .body("headline", equalTo(article.headline))
                .body("alternativeHeadline", equalTo("Kicker"))
                .body("description", equalTo("Standfirst of " + article.slug))
                .body("url", equalTo(urlOf(article)))
                .body("'@id'", equalTo(urlOf(article) + "#article"))
                .body("mainEntityOfPage.'@type'", equalTo("WebPage"))
                .body("mainEntityOfPage.'@id'", equalTo(urlOf(article)))
                .body("image[0].'@type'", equalTo("ImageObject"))
                .body("image[0].url", equalTo(hero.url))
                .body("image[0].width", equalTo(1600))
                .body("image[0].height", equalTo(900))
                .body("image[0].caption", equalTo(hero.caption))
                .body("image[0].creditText", equalTo(hero.credit))
                .body("image[0].copyrightNotice", equalTo("All rights reserved"))
                .body("author.'@type'", contains("Person"))
                .body("author.name", contains("Test Reporter"))
                .body("publisher.'@type'", equalTo("NewsMediaOrganization"))
                .body("publisher.name", equalTo(SiteFixture.EN_NAME))
                .body("publisher.url", equalTo(SiteFixture.EN_HOME))
                .body("publisher.logo.'@type'", equalTo("ImageObject"))
                .body("publisher.logo.url", equalTo(logo.url))
                .body("inLanguage", equalTo("en"))
                .body("keywords", contains("English " + tag.slug))
                .body("articleSection", equalTo("Section " + section.slug))
                .body("articleBody", equalTo("First paragraph with bold words.\n\nA heading\n\nWe said this.\n"
                        + "— Ada Example, Harbour master\n\nLast paragraph."))
                .body("timeRequired", equalTo("PT1M"))
                .body("speakable.'@type'", equalTo("SpeakableSpecification"))
                .body("speakable.xpath", contains("/html/head/title", "/html/head/meta[@name='description']/@content"))
                .body("isAccessibleForFree", equalTo(true))
                .body("audio.'@type'", equalTo("AudioObject"))
                .body("audio.duration", equalTo("PT1M30S"))
                .body("audio.encodingFormat", equalTo("audio/mpeg"))
                .body("audio.creator.name", equalTo("Test Narrator"))
                .extract().asString();

        JsonNode json = JSON.readTree(body);
        assertEquals(article.firstPublishedAt.instant, OffsetDateTime.parse(json.path("datePublished").asText()).toInstant());
        assertEquals(article.updatedAt.instant, OffsetDateTime.parse(json.path("dateModified").asText()).toInstant());
        assertTrue(json.path("datePublished").asText().matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$"), "ISO 8601 with an offset");

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(body))).loader(SCHEMA_ORG_VOCABULARY).get();
        assertEquals(1, expanded.size());
        String graph = expanded.toString();
        assertTrue(graph.contains("\"@type\":[\"https://schema.org/NewsArticle\"]"), graph);
        for (String property : List.of("headline", "image", "datePublished", "dateModified", "author", "publisher",
                "inLanguage", "keywords", "articleSection", "articleBody", "speakable", "isAccessibleForFree", "audio",
                "mainEntityOfPage")) {
            assertTrue(graph.contains("\"https://schema.org/" + property + "\""), property + " was lost: " + graph);
        }
    }

    @Test
    void shouldServeTheSameJsonLdByIdAndAtTheJsonldUrls() {
        site.save(Fixtures.unique("Ledger"), null);
        Article article = fixtures.article().language("de").create();

        String bySlug = given().accept(JSON_LD).queryParam("lang", "de")
                .when().get("/api/v1/articles/{slug}", article.slug).then().statusCode(200).extract().asString();
        String byId = given().accept(JSON_LD).when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(200).contentType(JSON_LD).header("Vary", containsString("Accept")).extract().asString();
        String slugFile = given().queryParam("lang", "de").when().get("/api/v1/articles/{slug}.jsonld", article.slug)
                .then().statusCode(200).contentType(JSON_LD).extract().asString();
        String idFile = given().when().get("/api/v1/articles/id/{id}.jsonld", article.id)
                .then().statusCode(200).contentType(JSON_LD).extract().asString();

        assertEquals(bySlug, byId);
        assertEquals(bySlug, slugFile);
        assertEquals(bySlug, idFile);
        assertTrue(bySlug.contains("\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\""
                + SiteFixture.DE_NAME + "\",\"url\":\"" + SiteFixture.DE_HOME + "\"}"), bySlug);
    }

    @Test
    void shouldServeANinjsItemThatTheOfficialSchemaAccepts() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag topic = tag(TagType.TOPIC, "medtop:11000000", null);
        Tag person = tag(TagType.PERSON, null, "Q42");
        Tag place = tag(TagType.PLACE, null, null);
        Tag organisation = tag(TagType.ORGANISATION, null, "Q7184");
        Tag event = tag(TagType.EVENT, null, null);
        Media hero = fixtures.image();
        Media audio = fixtures.audio(128);
        Article article = fixtures.article().tags(topic, person, place, organisation, event).hero(hero).audio(audio)
                .create();

        String body = given().accept(NINJS).queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).contentType(NINJS)
                .header("Vary", containsString("Accept"))
                .body("uri", equalTo("urn:uuid:" + article.id))
                .body("standard.version", equalTo("3.3"))
                .body("type", equalTo("text"))
                .body("version", equalTo(Long.toString(article.version)))
                .body("pubStatus", equalTo("usable"))
                .body("language", equalTo("en"))
                .body("headlines.role", contains("main", "kicker"))
                .body("headlines[0].value", equalTo(article.headline))
                .body("descriptions[0].value", equalTo("Standfirst of " + article.slug))
                .body("bodies.contentType", contains("text/html", "text/plain"))
                .body("bodies[0].value", containsString("<figure><blockquote><p>We said <i>this</i>.</p></blockquote>"))
                .body("bodies[1].value", containsString("— Ada Example, Harbour master"))
                .body("by", equalTo("Test Reporter"))
                .body("subjects.uri", contains("http://cv.iptc.org/newscodes/mediatopic/11000000"))
                .body("subjects.literal", contains(topic.slug))
                .body("people.name", contains("Test Reporter", "English " + person.slug))
                .body("people.rel", contains("author", "about"))
                .body("people[1].uri", equalTo("http://www.wikidata.org/entity/Q42"))
                .body("places.literal", contains(place.slug))
                .body("organisations.uri", contains("http://www.wikidata.org/entity/Q7184"))
                .body("events.name", contains("English " + event.slug))
                .body("infoSources.name", contains("Test Wire"))
                .body("copyrightHolder", equalTo(SiteFixture.EN_NAME))
                .body("copyrightNotice", equalTo("© " + article.firstPublishedAt.instant.atZone(ZoneId.of("UTC"))
                        .getYear() + " " + SiteFixture.EN_NAME))
                .body("usageTerms", equalTo("Editorial use by the test suite only."))
                .body("altIds.value", hasItem(urlOf(article)))
                .body("associations.name", contains("hero", "audio"))
                .body("associations[0].type", equalTo("picture"))
                .body("associations[0].uri", equalTo("urn:uuid:" + hero.id))
                .body("associations[0].renditions.name", contains("original", "w640"))
                .body("associations[0].renditions[0].poi.x", equalTo(800))
                .body("associations[0].renditions[0].poi.y", equalTo(360))
                .body("associations[0].renditions[1].poi.x", equalTo(320))
                .body("associations[0].renditions[1].poi.y", equalTo(144))
                .body("associations[0].by", equalTo(hero.credit))
                .body("associations[1].type", equalTo("audio"))
                .body("associations[1].renditions[0].duration", equalTo(128))
                .body("associations[1].by", equalTo("Test Narrator"))
                .extract().asString();

        assertEquals(List.of(), NinjsSchema.violations(body));
        assertEquals(body, given().accept(NINJS).when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(200).contentType(NINJS).extract().asString());
    }

    @Test
    void shouldValidateAMinimalNinjsItemToo() {
        site.save(Fixtures.unique("Ledger"), null);
        Article article = fixtures.article().noHero().create();

        String body = given().accept(NINJS).when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(200).body("associations", org.hamcrest.Matchers.empty())
                .extract().asString();

        assertEquals(List.of(), NinjsSchema.violations(body));
    }

    @Test
    void shouldKeepJsonForAnyAcceptAndAnswer406ForNoneItProduces() {
        site.save(Fixtures.unique("Ledger"), null);
        Article article = fixtures.article().create();

        for (String accept : List.of("*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8")) {
            given().accept(accept).when().get("/api/v1/articles/{slug}", article.slug)
                    .then().statusCode(200).contentType("application/json")
                    .header("Vary", containsString("Accept"))
                    .body("id", equalTo(article.id.toString()));
        }
        for (String path : List.of("/api/v1/articles/" + article.slug, "/api/v1/articles/id/" + article.id)) {
            given().accept("text/html").when().get(path)
                    .then().statusCode(406).contentType("application/problem+json")
                    .body("detail", equalTo("This resource cannot produce any of the media types in Accept: "
                            + "text/html. It produces application/json, application/ld+json, "
                            + "application/vnd.iptc.ninjs+json."));
        }
    }

    @Test
    void shouldGiveEachRepresentationItsOwnETag() {
        site.save(Fixtures.unique("Ledger"), null);
        Article article = fixtures.article().create();

        Response json = given().accept("application/json").when().get("/api/v1/articles/id/{id}", article.id);
        Response jsonLd = given().accept(JSON_LD).when().get("/api/v1/articles/id/{id}", article.id);
        Response ninjs = given().accept(NINJS).when().get("/api/v1/articles/id/{id}", article.id);

        assertNotEquals(json.header("ETag"), jsonLd.header("ETag"));
        assertNotEquals(jsonLd.header("ETag"), ninjs.header("ETag"));
        for (Map.Entry<String, Response> entry : Map.of(JSON_LD, jsonLd, NINJS, ninjs).entrySet()) {
            given().accept(entry.getKey()).header("If-None-Match", entry.getValue().header("ETag"))
                    .when().get("/api/v1/articles/id/{id}", article.id)
                    .then().statusCode(304).header("Cache-Control", containsString("max-age=60"));
        }
    }

    @Test
    void shouldAnswer400And404WithProblemsInEveryRepresentation() {
        site.save(Fixtures.unique("Ledger"), null);
        for (String accept : List.of(JSON_LD, NINJS)) {
            given().accept(accept).queryParam("lang", "english!")
                    .when().get("/api/v1/articles/{slug}", "some-slug")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("lang"));
            given().accept(accept).when().get("/api/v1/articles/{slug}", "no-such-story")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("No published article found for 'en/no-such-story'."))
                    .body(not(containsString("@context")));
        }
        given().when().get("/api/v1/articles/{slug}.jsonld", "no-such-story")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private Tag tag(TagType type, String iptc, String wikidata) {
        String slug = Fixtures.unique(type.wire());
        return tags.create(new TagContent(slug, type, Map.of("en", new TagContent.Localization("English " + slug, null)),
                null, iptc, wikidata));
    }

    /** The default pattern, /{yyyy}/{mm}/{dd}/{slug}, below the English edition, dated in the site's time zone. */
    private static String urlOf(Article article) {
        return SiteFixture.EN_HOME + "/" + PATH_DATE.format(article.firstPublishedAt.instant
                .atZone(ZoneId.of("Europe/Berlin"))) + "/" + article.slug;
    }

    /**
     * The tests have no network, so the schema.org context cannot be fetched; this stand-in maps every term into the
     * schema.org vocabulary, which is what the real context does for the terms used here. Expansion then proves the
     * document is valid JSON-LD whose every property is a schema.org term.
     */
    private static final DocumentLoader SCHEMA_ORG_VOCABULARY = (url, options) -> JsonDocument.of(
            new StringReader("{\"@context\": {\"@vocab\": \"https://schema.org/\"}}"));
}
