package io.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void shouldEscapeTheTextAndMarkEveryMatchInAnyCase() {
        String snippet = Snippets.around("The <b>NATO</b> & \"nato\" summit.", List.of("nato"));

        assertEquals("The &lt;b&gt;<mark>NATO</mark>&lt;/b&gt; &amp; &quot;<mark>nato</mark>&quot; summit.", snippet);
    }

    @Test
    void shouldStartShortlyBeforeTheFirstMatchAtAWordAndSayWhatWasCut() {
        String text = "word ".repeat(50) + "Bündnis " + "tail ".repeat(80);

        String snippet = Snippets.around(text, List.of("bündnis", "kalter krieg"));

        assertTrue(snippet.startsWith("… word "), snippet);
        assertTrue(snippet.contains(" <mark>Bündnis</mark> tail "), snippet);
        assertTrue(snippet.endsWith("tail …"), snippet);
        assertTrue(snippet.length() < 300, snippet);
    }

    @Test
    void shouldShowTheStartWhenNothingMatches() {
        assertEquals("Short text without it.", Snippets.around("Short text\nwithout it.", List.of("nato")));
    }

    @Test
    void shouldCutAGiantSnippetWithoutBreakingAnEntityOrAMark() {
        String giant = "<mark>" + "a".repeat(Snippets.MAX_LENGTH) + "</mark>";
        String cut = Snippets.bounded(giant);
        assertTrue(cut.length() <= Snippets.MAX_LENGTH, "length " + cut.length());
        assertTrue(cut.endsWith("</mark> …"), cut.substring(cut.length() - 20));

        String entities = "&amp;".repeat(Snippets.MAX_LENGTH);
        String cutEntities = Snippets.bounded(entities);
        assertTrue(cutEntities.length() <= Snippets.MAX_LENGTH);
        assertTrue(cutEntities.endsWith("&amp; …"), cutEntities.substring(cutEntities.length() - 20));
        assertEquals("short", Snippets.bounded("short"));
    }
}
