package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.content;
import static io.masthead.manage.ManagedArticles.paragraph;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rich text is stored and delivered as the safe inline subset only, whatever an editor (or attacker) sends. */
@QuarkusTest
class RichTextSafetyTest {
    private static final List<String> FORBIDDEN = List.of("script", "onerror", "onload", "javascript:", "data:",
            "svg", "iframe", "srcdoc", "onclick", "onmouseover", "style=", "alert");

    /** Each payload, and the plain text a reader sees once it is sanitized inside "Before … after.". */
    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "Before after."),
                Arguments.of("<img src=x onerror=alert(1)>", "Before after."),
                Arguments.of("<a href=\"javascript:alert(1)\">x</a>", "Before x after."),
                Arguments.of("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "Before x after."),
                Arguments.of("<svg onload=alert(1)>", "Before after."),
                // Like a browser, the parser takes everything after an unclosed iframe as its raw text.
                Arguments.of("<iframe srcdoc=\"<script>alert(1)</script>\">", "Before"),
                Arguments.of("<a href=\"https://ok.example\" onclick=\"x()\">ok</a>", "Before ok after."),
                Arguments.of("<b onmouseover=alert(1) style=\"color:red\">bold</b>", "Before bold after."),
                Arguments.of("<A HREF=\"JaVaScRiPt:alert(1)\">x</A>", "Before x after."),
                Arguments.of("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "Before x after."));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void shouldStoreAndDeliverNoneOfTheActiveContent(String payload, String text) {
        String editor = ManageApi.newToken("editor");
        String html = "Before " + payload + " after.";
        Map<String, Object> body = content(Fixtures.unique("Payload"));
        body.put("blocks", List.of(paragraph(html),
                Map.of("type", "quote", "html", html, "person", "Ada Example"),
                Map.of("type", "list", "items", List.of(html))));

        var created = ManageApi.as(editor).queryParam("publish", true).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .body("status", equalTo("published"))
                .extract();
        assertSafe(created.path("content.blocks.findAll { it.html }.html"));
        assertSafe(created.path("content.blocks[2].items"));
        var stored = ManagedArticles.get(editor, created.path("id"));
        assertSafe(stored.path("content.blocks.findAll { it.html }.html"));
        assertSafe(stored.path("content.blocks[2].items"));

        var delivered = given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", created.path("content.slug").toString())
                .then().statusCode(200)
                .body("blocks[0].text", equalTo(text))
                .body("blocks[1].text", equalTo(text))
                .body("blocks[2].items[0].text", equalTo(text))
                .extract();
        List<String> htmls = List.of(delivered.path("blocks[0].html"), delivered.path("blocks[1].html"),
                delivered.path("blocks[2].items[0].html"));
        assertSafe(htmls);
        htmls.forEach(each -> assertEquals(htmls.get(0), each, "every rich-text field is sanitized alike"));
    }

    @Test
    void shouldKeepTheSafeInlineSubset() {
        String editor = ManageApi.newToken("editor");
        Map<String, Object> body = content(Fixtures.unique("Inline"));
        body.put("blocks", List.of(paragraph("H<sub>2</sub>O and E=mc<sup>2</sup>: <b>b</b> <strong>s</strong> "
                + "<i>i</i> <em>e</em><br>next <a href=\"https://ok.example/x\" title=\"t\">link</a> "
                + "<a href=\"mailto:desk@ok.example\">mail</a> <span class=\"c\">span</span>")));

        var created = ManageApi.as(editor).queryParam("publish", true).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(201).extract();

        String expectedHtml = "H<sub>2</sub>O and E=mc<sup>2</sup>: <b>b</b> <strong>s</strong> <i>i</i> <em>e</em>"
                + "<br>next <a href=\"https://ok.example/x\" rel=\"nofollow noopener noreferrer\">link</a> "
                + "<a href=\"mailto:desk@ok.example\" rel=\"nofollow noopener noreferrer\">mail</a> span";
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", created.path("content.slug").toString())
                .then().statusCode(200)
                .body("blocks[0].html", equalTo(expectedHtml))
                .body("blocks[0].text", equalTo("H2O and E=mc2: b s i e\nnext link mail span"));
    }

    @Test
    void shouldAcceptAnAllowListedEmbedAndNameItsProvider() {
        String editor = ManageApi.newToken("editor");
        Map<String, Object> body = content(Fixtures.unique("Embed"));
        body.put("blocks", List.of(paragraph("Watch this."),
                Map.of("type", "embed", "url", "https://www.youtube.com/watch?v=abc", "title", "Clip")));

        var created = ManageApi.as(editor).queryParam("publish", true).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .body("content.blocks[1].url", equalTo("https://www.youtube.com/watch?v=abc"))
                .extract();
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", created.path("content.slug").toString())
                .then().statusCode(200)
                .body("blocks[1].type", equalTo("embed"))
                .body("blocks[1].provider", equalTo("youtube"))
                .body("blocks[1].url", equalTo("https://www.youtube.com/watch?v=abc"))
                .body("blocks[1].title", equalTo("Clip"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://www.youtube.com/watch?v=abc",
            "https://evil.example/watch?v=abc",
            "https://www.youtube.com.evil.example/watch?v=abc",
            "https://evil.example/?next=https://www.youtube.com/",
            "https://www.youtube.com@evil.example/watch?v=abc",
            "javascript:alert(1)//https://www.youtube.com/",
            "//www.youtube.com/watch?v=abc",
            "https://youtube.com:8443@evil.example/"})
    void shouldRefuseAnEmbedOutsideTheAllowList(String url) {
        String headline = Fixtures.unique("Refused embed");
        Map<String, Object> body = content(headline);
        body.put("blocks", List.of(paragraph("Intro."), paragraph("More."), Map.of("type", "embed", "url", url)));

        ManageApi.as(ManageApi.newToken("editor")).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-body"))
                .body("errors.pointer", equalTo(List.of("#/blocks/2/url")))
                .body("errors[0].detail", containsString("youtube"));
        ManageApi.asAdmin().queryParam("lang", "en").queryParam("limit", 100)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .body(not(containsString(headline)));
    }

    private static void assertSafe(List<String> htmls) {
        assertFalse(htmls.isEmpty(), "nothing to check");
        for (String html : htmls) {
            String lower = html.toLowerCase(Locale.ROOT);
            for (String needle : FORBIDDEN) {
                assertFalse(lower.contains(needle), () -> "'" + needle + "' survived in " + html);
            }
        }
    }
}
