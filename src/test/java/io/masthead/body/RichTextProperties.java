package io.masthead.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** The sanitizer on arbitrary markup, hostile and broken: what comes out is always inside the allow-list. */
class RichTextProperties {
    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "br", "sub", "sup", "a");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final List<String> PIECES = List.of("<b>", "</b>", "<strong>", "</strong>", "<i>", "</i>",
            "<em>", "</em>", "<br>", "<br/>", "<sub>", "</sub>", "<sup>", "</sup>", "<a href=\"https://x.example/\">",
            "<a href=\"javascript:alert(1)\">", "<a href=\"JaVaScRiPt:alert(1)\">", "<a href=\" javascript:x\">",
            "<a href=\"data:text/html,<script>x</script>\">", "<a href=\"mailto:a@b.example\">",
            "<a href=\"//evil.example\">", "<a href=\"vbscript:x\">", "<a href=\"java&#x09;script:x\">",
            "<a href=\"https://x.example/\" onclick=\"x()\" style=\"color:red\" target=\"_blank\">", "</a>",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=x>", "<iframe src=x>",
            "<style>*{}</style>", "<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "</ul>", "<h1>", "</h1>",
            "<table><tr><td>", "<!-- c -->", "<![CDATA[x]]>", "&lt;", "&amp;", "&nbsp;", "&#0;", "\u0000", "\u00a0",
            "<", ">", "\"", "'", "&", "text", " ", "\n", "Grüße", "<b onmouseover=x>", "<a>", "<math>", "<object>");

    @Property(tries = 800)
    void shouldKeepOnlyTheAllowedTagsAndAttributes(@ForAll("markup") String markup) {
        Element body = Jsoup.parseBodyFragment(RichText.sanitize(markup).html()).body();

        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertTrue(TAGS.contains(element.normalName()), () -> element.normalName() + " from " + markup);
            for (Attribute attribute : element.attributes()) {
                assertTrue(element.normalName().equals("a") && Set.of("href", "rel").contains(attribute.getKey()),
                        () -> attribute + " on " + element.normalName() + " from " + markup);
            }
            if (element.normalName().equals("a")) {
                assertEquals("nofollow noopener noreferrer", element.attr("rel"));
                String href = element.attr("href").strip().toLowerCase(Locale.ROOT);
                assertTrue(href.isEmpty() || SCHEMES.contains(href.substring(0, Math.max(0, href.indexOf(':')))),
                        () -> "link " + href + " from " + markup);
                assertTrue(!href.startsWith("javascript:") && !href.startsWith("data:"), () -> href);
            }
        }
    }

    @Property(tries = 800)
    void shouldChangeNothingWhenSanitizingAgain(@ForAll("markup") String markup) {
        RichText once = RichText.sanitize(markup);
        RichText twice = RichText.sanitize(once.html());

        assertEquals(once, twice, () -> "from " + markup);
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(6)));
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }
}
