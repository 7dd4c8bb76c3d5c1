package io.masthead.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.modules.mediarss.MediaModule;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.XmlDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feeds are read back with real parsers: Rome for RSS and Atom (after a strict well-formedness check), Jackson for
 * JSON Feed. Each test filters by a tag of its own, so that other tests' articles never show up in its feed.
 */
@QuarkusTest
class FeedTest {
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldServeAnRssChannelThatRomeReadsWithEveryItemField() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Media hero = fixtures.image();
        Media audio = fixtures.audio(128);
        Article older = fixtures.article().tags(tag).publishedAt(hoursAgo(3)).create();
        Article newer = fixtures.article().tags(tag).hero(hero).audio(audio).blocks(everyBlock()).create();

        String xml = feed("rss", tag, "full").then().statusCode(200).contentType("application/rss+xml")
                .extract().asString();

        XmlDocuments.parse(xml);
        Channel channel = (Channel) read(xml);
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals(SiteFixture.EN_NAME + " – English " + tag.slug, channel.getTitle());
        assertEquals(SiteFixture.EN_HOME, channel.getLink());
        List<Item> items = channel.getItems();
        assertEquals(List.of(newer.headline, older.headline), items.stream().map(Item::getTitle).toList());
        Item item = items.get(0);
        assertEquals(urlOf(newer), item.getLink());
        assertEquals("urn:uuid:" + newer.id, item.getGuid().getValue());
        assertTrue(!item.getGuid().isPermaLink(), "the guid is not the link");
        assertEquals(newer.publishedAt.instant.toEpochMilli() / 1000, item.getPubDate().getTime() / 1000);
        assertEquals("Standfirst of " + newer.slug, item.getDescription().getValue());
        assertEquals(List.of("English " + tag.slug), item.getCategories().stream().map(c -> c.getValue()).toList());
        assertEquals(List.of("Test Reporter"), ((DCModule) item.getModule(DCModule.URI)).getCreators());
        assertEquals(hero.url, item.getEnclosures().get(0).getUrl());
        assertEquals("image/jpeg", item.getEnclosures().get(0).getType());
        MediaEntryModule media = (MediaEntryModule) item.getModule(MediaModule.URI);
        assertEquals(2, media.getMediaContents().length);
        assertEquals(128L, media.getMediaContents()[1].getDuration());
        assertBody(item.getContent().getValue(), hero);
        assertTrue(items.get(1).getContent().getValue().contains("<p>First paragraph with <b>bold</b> words.</p>"));
    }

    @Test
    void shouldServeAnAtomFeedThatRomeReadsWithEveryEntryField() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Media hero = fixtures.image();
        Media audio = fixtures.audio(61);
        Article article = fixtures.article().language("de").tags(tag).hero(hero).audio(audio).blocks(everyBlock())
                .create();

        Response response = given().queryParam("tag", tag.slug).queryParam("lang", "de").queryParam("content", "full")
                .when().get("/api/v1/feeds/atom");
        String xml = response.then().statusCode(200).contentType("application/atom+xml").extract().asString();

        assertEquals("de", XmlDocuments.parse(xml).getDocumentElement()
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) read(xml);
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals(SiteFixture.DE_NAME + " – Deutsch " + tag.slug, atom.getTitleEx().getValue());
        Link self = atom.getOtherLinks().get(0);
        assertEquals("self", self.getRel());
        assertTrue(self.getHref().endsWith("/api/v1/feeds/atom?lang=de&tag=" + tag.slug + "&content=full"),
                self.getHref());
        assertEquals(self.getHref(), atom.getId());
        assertEquals(SiteFixture.DE_HOME, atom.getAlternateLinks().get(0).getHref());
        Entry entry = atom.getEntries().get(0);
        assertEquals(1, atom.getEntries().size());
        assertEquals("urn:uuid:" + article.id, entry.getId());
        assertEquals(urlOf(article).replace(SiteFixture.EN_HOME, SiteFixture.DE_HOME),
                entry.getAlternateLinks().get(0).getHref());
        assertEquals(List.of("Test Reporter"), entry.getAuthors().stream().map(p -> p.getName()).toList());
        assertEquals(tag.slug, entry.getCategories().get(0).getTerm());
        assertEquals("Deutsch " + tag.slug, entry.getCategories().get(0).getLabel());
        assertEquals(List.of(hero.url, audio.url), entry.getOtherLinks().stream().map(Link::getHref).toList());
        assertEquals("enclosure", entry.getOtherLinks().get(1).getRel());
        assertEquals(article.publishedAt.instant.toEpochMilli() / 1000, entry.getPublished().getTime() / 1000);
        assertEquals("html", entry.getContents().get(0).getType());
        assertBody(entry.getContents().get(0).getValue(), hero);
        assertEquals("Standfirst of " + article.slug, entry.getSummary().getValue());
    }

    @Test
    void shouldServeAJsonFeed11WithSummariesByDefault() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Media audio = fixtures.audio(95);
        Article article = fixtures.article().tags(tag).audio(audio).create();

        String body = feed("json", tag, null).then().statusCode(200).contentType("application/feed+json")
                .extract().asString();

        JsonNode feed = JSON.readTree(body);
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertTrue(feed.path("feed_url").asText().endsWith("/api/v1/feeds/json?tag=" + tag.slug));
        assertEquals(SiteFixture.EN_HOME, feed.path("home_page_url").asText());
        JsonNode item = feed.path("items").get(0);
        assertEquals(1, feed.path("items").size());
        assertEquals("urn:uuid:" + article.id, item.path("id").asText());
        assertEquals(urlOf(article), item.path("url").asText());
        assertEquals(article.headline, item.path("title").asText());
        assertEquals("Standfirst of " + article.slug, item.path("content_text").asText());
        assertTrue(item.path("content_html").isMissingNode(), "a summary feed has no HTML body");
        assertEquals(article.publishedAt.instant, OffsetDateTime.parse(item.path("date_published").asText()).toInstant());
        assertEquals("Test Reporter", item.path("authors").get(0).path("name").asText());
        assertEquals("English " + tag.slug, item.path("tags").get(0).asText());
        assertEquals("en", item.path("language").asText());
        assertEquals(audio.url, item.path("attachments").get(0).path("url").asText());
        assertEquals(95, item.path("attachments").get(0).path("duration_in_seconds").asInt());
        assertTrue(item.path("image").asText().startsWith("https://images.test.example/"));
    }

    @Test
    void shouldCarryTheWholeBodyInAJsonFeedWithContentFull() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Media hero = fixtures.image();
        fixtures.article().tags(tag).hero(hero).blocks(everyBlock()).create();

        JsonNode item = JSON.readTree(feed("json", tag, "full").then().statusCode(200).extract().asString())
                .path("items").get(0);

        assertBody(item.path("content_html").asText(), hero);
        assertTrue(item.path("content_text").isMissingNode(), "a full feed carries HTML, not text");
    }

    @Test
    void shouldListOnlyTheArticlesOfTheLanguageTagAndSectionAsked() {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Section section = fixtures.section();
        Article match = fixtures.article().language("de").tags(tag).section(section).create();
        Article otherLanguage = fixtures.article().language("en").tags(tag).section(section).create();
        Article otherSection = fixtures.article().language("de").tags(tag).section(fixtures.section()).create();
        Article otherTag = fixtures.article().language("de").tags(fixtures.tag()).section(section).create();

        given().queryParam("lang", "de").queryParam("tag", tag.slug).queryParam("section", section.slug)
                .when().get("/api/v1/feeds/json")
                .then().statusCode(200)
                .body("title", equalTo(SiteFixture.DE_NAME + " – Ressort " + section.slug + " – Deutsch " + tag.slug))
                .body("items.id", org.hamcrest.Matchers.contains("urn:uuid:" + match.id))
                .body(not(containsString(otherLanguage.slug)))
                .body(not(containsString(otherSection.slug)))
                .body(not(containsString(otherTag.slug)))
                .header("Surrogate-Key", containsString("section:" + section.id))
                .header("Surrogate-Key", containsString("tag:" + tag.id))
                .header("Surrogate-Key", containsString("article:" + match.id));
    }

    @Test
    void shouldHonourTheLimitNewestFirst() {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).publishedAt(hoursAgo(5)).create();
        Article middle = fixtures.article().tags(tag).publishedAt(hoursAgo(4)).create();
        Article newest = fixtures.article().tags(tag).publishedAt(hoursAgo(3)).create();

        given().queryParam("tag", tag.slug).queryParam("limit", 2)
                .when().get("/api/v1/feeds/json")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains("urn:uuid:" + newest.id, "urn:uuid:" + middle.id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rss", "atom", "json"})
    void shouldRevalidateWithTheETagOfTheExactBytes(String format) {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();

        Response first = feed(format, tag, "full");
        first.then().statusCode(200)
                .header("Cache-Control", equalTo(
                        "public, max-age=60, s-maxage=600, stale-while-revalidate=60, stale-if-error=86400"))
                .header("Surrogate-Key", containsString("articles"));
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).queryParam("tag", tag.slug).queryParam("content", "full")
                .when().get("/api/v1/feeds/" + format)
                .then().statusCode(304).header("ETag", equalTo(etag));
        assertEquals(first.asString(), feed(format, tag, "full").asString(), "an unchanged feed has the same bytes");

        fixtures.article().tags(tag).create();
        given().header("If-None-Match", etag).queryParam("tag", tag.slug).queryParam("content", "full")
                .when().get("/api/v1/feeds/" + format)
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "limit| 0| limit must be a whole number from 1 to 100; got '0'.",
            "limit| 101| limit must be a whole number from 1 to 100; got '101'.",
            "limit| ten| limit must be a whole number from 1 to 100; got 'ten'.",
            "content| everything| content must be one of summary, full; got 'everything'.",
            "lang| english!| lang must match \"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$\".",
            "tag| Not A Slug| tag must match \"^[a-z0-9]+(-[a-z0-9]+)*$\"."}, delimiter = '|')
    void shouldAnswer400NamingTheBadParameter(String parameter, String value, String detail) {
        site.save(Fixtures.unique("Ledger"), null);
        for (String format : List.of("rss", "atom", "json")) {
            given().queryParam(parameter, value)
                    .when().get("/api/v1/feeds/" + format)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo(parameter))
                    .body("detail", equalTo(detail));
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownTagOrSectionOrWithoutASite() {
        site.save(Fixtures.unique("Ledger"), null);
        given().queryParam("tag", "no-such-tag-" + Fixtures.unique("x"))
                .when().get("/api/v1/feeds/rss")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No tag found"));
        given().queryParam("section", "no-such-section")
                .when().get("/api/v1/feeds/atom")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No section found for 'no-such-section'."));

        site.remove();
        given().when().get("/api/v1/feeds/json")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No site found for 'configured site'."));
    }

    @Test
    void shouldDropCharactersThatXmlCannotCarry() throws Exception {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        String headline = Fixtures.unique("Bell\u0007and\u0001escape");
        fixtures.article().tags(tag).headline(headline)
                .blocks(new BlockInput.Paragraph("paragraph", "Form\u000Cfeed and <b>bold</b>.")).create();

        for (String format : List.of("rss", "atom")) {
            String xml = feed(format, tag, "full").then().statusCode(200).extract().asString();
            XmlDocuments.parse(xml);
            WireFeed parsed = read(xml);
            String title = parsed instanceof Channel channel ? channel.getItems().get(0).getTitle()
                    : ((com.rometools.rome.feed.atom.Feed) parsed).getEntries().get(0).getTitleEx().getValue();
            assertEquals(headline.replace("\u0007", "").replace("\u0001", ""), title);
        }
    }

    private static Response feed(String format, Tag tag, String content) {
        var request = given().queryParam("tag", tag.slug);
        if (content != null) {
            request = request.queryParam("content", content);
        }
        return request.when().get("/api/v1/feeds/" + format);
    }

    private static WireFeed read(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return input.build(new StringReader(xml));
    }

    /** The body of {@link #everyBlock()} rendered: the hero, each block type, quotes with attribution, embeds as links. */
    private static void assertBody(String html, Media hero) {
        assertTrue(html.startsWith("<figure><img src=\"" + hero.url + "\" alt=\"" + hero.altText + "\" width=\"1600\" "
                + "height=\"900\"><figcaption>" + hero.caption + " <small>" + hero.credit
                + "</small></figcaption></figure>"), html);
        assertTrue(html.contains("<p>Rising <b>fees</b> &amp; tolls.</p>"), html);
        assertTrue(html.contains("<h3>What comes next</h3>"), html);
        assertTrue(html.contains("<figure><blockquote><p>We will not sign.</p></blockquote><figcaption>— Maria Keller, "
                + "Harbour master, <cite>Radio Nord</cite></figcaption></figure>"), html);
        assertTrue(html.contains("<ol><li>One</li><li>Two <i>more</i></li></ol>"), html);
        assertTrue(html.contains("<p><a href=\"https://www.youtube.com/watch?v=abc\" rel=\"nofollow noopener "
                + "noreferrer\">Press conference</a></p>"), html);
        assertTrue(!html.contains("<script"), html);
    }

    private static BlockInput[] everyBlock() {
        return new BlockInput[] {
                new BlockInput.Paragraph("paragraph", "Rising <b>fees</b> & tolls.<script>alert(1)</script>"),
                new BlockInput.Heading("heading", 3, "What comes next"),
                new BlockInput.Quote("quote", "We will not sign.", "Maria Keller", "Harbour master", "Radio Nord"),
                new BlockInput.ListBlock("list", ListStyle.ORDERED, List.of("One", "Two <i>more</i>")),
                new BlockInput.Embed("embed", "https://www.youtube.com/watch?v=abc", "Press conference")};
    }

    private static OffsetDateTime hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours);
    }

    /** The default pattern, /{yyyy}/{mm}/{dd}/{slug}, below the English edition, dated in the site's time zone. */
    static String urlOf(Article article) {
        return SiteFixture.EN_HOME + "/" + PATH_DATE.format(article.firstPublishedAt.instant
                .atZone(ZoneId.of("Europe/Berlin"))) + "/" + article.slug;
    }
}
