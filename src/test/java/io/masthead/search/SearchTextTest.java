package io.masthead.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.masthead.error.InvalidParameter;
import io.masthead.search.SearchText.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void shouldReadWordsPhrasesExclusionsAndAlternatives() {
        SearchText text = SearchText.parse("Bündnis \"Kalter Krieg\" -USA or Japan, -\"Handel  mit\"");

        assertEquals(List.of(
                List.of(new Item("bündnis", false, false), new Item("kalter krieg", true, false),
                        new Item("usa", false, true)),
                List.of(new Item("japan", false, false), new Item("handel mit", true, true))),
                text.alternatives());
        assertEquals(List.of("bündnis", "kalter krieg", "japan"), text.wanted());
        assertEquals(List.of("bündnis", "japan"), text.expandable());
    }

    @Test
    void shouldReadAnUnclosedQuoteToTheEndAndIgnoreStrayOperators() {
        SearchText text = SearchText.parse("OR nato - \"treaty of");

        assertEquals(List.of(List.of(new Item("nato", false, false), new Item("treaty of", true, false))),
                text.alternatives());
    }

    @Test
    void shouldExpandOnlyPlainWordsOfLettersLongEnough() {
        SearchText text = SearchText.parse("usa-japan g20 usa \"atomwaffen\" -bündnis zeitenwende nato zeitenwende");

        assertEquals(List.of("zeitenwende", "nato"), text.expandable());
    }

    @Test
    void shouldExpandAtMostEightWords() {
        SearchText text = SearchText.parse("alpha bravo charlie delta foxtrot hotel india juliet kilo lima");

        assertEquals(List.of("alpha", "bravo", "charlie", "delta", "foxtrot", "hotel", "india", "juliet"),
                text.expandable());
    }

    @Test
    void shouldRefuseQueriesWithoutAWantedWordOrWithControlCharactersOrTooLong() {
        for (String q : List.of("-usa", "\"\"", "... --- !!!", "-\"only this\"", "nato\u0000", "tab\there",
                "x".repeat(201))) {
            InvalidParameter refused = assertThrows(InvalidParameter.class, () -> SearchText.parse(q), q);
            assertEquals("q", refused.parameter());
        }
        assertEquals(200, SearchText.parse("x".repeat(200)).raw().length());
        assertEquals(200, SearchText.parse("ü".repeat(200)).raw().codePointCount(0, 200));
    }
}
