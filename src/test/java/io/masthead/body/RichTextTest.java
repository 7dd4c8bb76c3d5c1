package io.masthead.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {
    private static final String REL = "rel=\"nofollow noopener noreferrer\"";
    private static final List<String> DANGEROUS = List.of("<script", "onerror", "onload", "onclick", "onmouseover",
            "javascript:", "data:", "<svg", "<iframe", "srcdoc", "style=", "<img");

    @Test
    void shouldKeepEveryTagOfTheInlineSubset() {
        String html = "<b>b</b> <strong>s</strong> <i>i</i> <em>e</em> a<br>b <sub>1</sub> <sup>2</sup>";

        RichText rich = RichText.sanitize(html);

        assertEquals(html, rich.html());
        assertEquals("b s i e a\nb 1 2", rich.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a", "http://news.example/a", "mailto:desk@news.example"})
    void shouldKeepLinksWithAnAllowedProtocolAndForceTheirRel(String href) {
        RichText rich = RichText.sanitize("<a href=\"" + href + "\">link</a>");

        assertEquals("<a href=\"" + href + "\" " + REL + ">link</a>", rich.html());
        assertEquals("link", rich.text());
    }

    @Test
    void shouldReplaceTheRelAndTargetAnEditorSetThemselves() {
        // rel="opener" with target=_blank would hand the linked page a handle on ours.
        RichText rich = RichText.sanitize("<a href=\"https://ok.example\" target=\"_blank\" rel=\"opener\">x</a>");

        assertEquals("<a href=\"https://ok.example\" " + REL + ">x</a>", rich.html());
    }

    @Test
    void shouldEscapeAmpersandsInsideLinkTargets() {
        RichText rich = RichText.sanitize("<a href=\"https://x.example/a?b=1&c=2\">l</a>");

        assertEquals("<a href=\"https://x.example/a?b=1&amp;c=2\" " + REL + ">l</a>", rich.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "ftp://files.example/x", "//news.example/a"})
    void shouldDropLinkTargetsThatAreNotAbsoluteHttpHttpsOrMailto(String href) {
        RichText rich = RichText.sanitize("<a href=\"" + href + "\">x</a>");

        assertEquals("<a " + REL + ">x</a>", rich.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>hi",
            "<img src=x onerror=alert(1)>hi",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
            "<svg onload=alert(1)>x</svg>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>x",
            "<b onclick=\"alert(1)\">x</b>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
            "<p style=\"x:expression(alert(1))\">x</p>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<a href=\" javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<scr<script>ipt>alert(1)</script>x"})
    void shouldRemoveEveryScriptVector(String payload) {
        String html = RichText.sanitize(payload).html().toLowerCase(Locale.ROOT);

        for (String dangerous : DANGEROUS) {
            assertFalse(html.contains(dangerous), () -> "'" + payload + "' left " + dangerous + " in: " + html);
        }
    }

    @ParameterizedTest
    @CsvSource(value = {
            "<script>alert(1)</script>hi| hi",
            "<img src=x onerror=alert(1)>hi| hi",
            "<b onclick=\"alert(1)\">x</b>| <b>x</b>",
            "<svg onload=alert(1)>x</svg>| x",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>x| x",
            "<a href=\"javascript:alert(1)\">x</a>| <a rel=\"nofollow noopener noreferrer\">x</a>"}, delimiter = '|')
    void shouldKeepTheHarmlessPartOfAnAttack(String payload, String expected) {
        assertEquals(expected, RichText.sanitize(payload).html());
    }

    @Test
    void shouldKeepEscapedMarkupEscaped() {
        RichText rich = RichText.sanitize("&lt;script&gt;alert(1)&lt;/script&gt;");

        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", rich.html());
        // The plain text is not HTML, so there it reads as the characters the author typed.
        assertEquals("<script>alert(1)</script>", rich.text());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "<p>para</p>| para",
            "<div>x <b>y</b></div>| x <b>y</b>",
            "<span class=\"c\">in <em>span</em></span>| in <em>span</em>",
            "<h1>Headline</h1>| Headline"}, delimiter = '|')
    void shouldKeepTheTextInsideRemovedTags(String input, String html) {
        assertEquals(html, RichText.sanitize(input).html());
    }

    @ParameterizedTest
    @CsvSource(value = {
            "a<br>b| a\\nb",
            "a <br> b| a\\nb",
            "a<br><br>b| a\\n\\nb",
            "Tom &amp; Jerry| Tom & Jerry",
            "'  a \t  <b>b</b>   c  '| a b c"}, delimiter = '|')
    void shouldDeriveThePlainTextWithLineBreaksDecodedEntitiesAndCollapsedSpaces(String input, String text) {
        assertEquals(text.replace("\\n", "\n"), RichText.sanitize(input).text());
    }

    @Test
    void shouldDecodeNamedAndNumericEntitiesInThePlainText() {
        assertEquals("a <b> \"q\" 's' ©", RichText.sanitize("a &lt;b&gt; &quot;q&quot; &#39;s&#39; &copy;").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x>", "<br>", "   ", ""})
    void shouldLeaveNoTextWhenNothingReadableRemains(String input) {
        assertEquals("", RichText.sanitize(input).text());
    }

    @Test
    void shouldKeepWordsOfAdjacentBlocksApart() {
        RichText rich = RichText.sanitize("<p>one</p><p>two</p>");

        assertEquals(2, TextStats.wordCount(rich.text(), Locale.ENGLISH));
    }

    @Test
    void shouldTreatNoBreakSpacesAsWhitespaceInThePlainText() {
        assertEquals("", RichText.sanitize("&nbsp;").text());
        assertEquals("a b", RichText.sanitize("&nbsp;a&nbsp; b&nbsp;").text());
    }

    @Test
    void shouldTreatNewlinesInTheSourceAsSpaces() {
        assertEquals("one two", RichText.sanitize("one\ntwo").text());
    }
}
