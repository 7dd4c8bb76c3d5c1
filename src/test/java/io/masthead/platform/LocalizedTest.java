package io.masthead.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTest {

    @Test
    void shouldPickTheExactLanguage() {
        assertEquals("Swiss", Localized.pick(Map.of("de", "German", "de-CH", "Swiss", "en", "English"), "de-CH"));
    }

    @Test
    void shouldFallBackFromARegionalVariantToThePrimaryLanguage() {
        assertEquals("German", Localized.pick(Map.of("de", "German", "en", "English"), "de-AT"));
    }

    @Test
    void shouldFallBackFromThePrimaryLanguageToItsOnlyRegionalVariant() {
        assertEquals("Swiss", Localized.pick(Map.of("de-CH", "Swiss", "en", "English"), "de"));
    }

    @Test
    void shouldPreferTheAlphabeticallyFirstVariantOfTheSamePrimaryLanguage() {
        Map<String, String> byLanguage = Map.of("de-DE", "Germany", "de-CH", "Swiss", "de", "German");

        assertEquals("German", Localized.pick(byLanguage, "de-AT"));
        assertEquals("Swiss", Localized.pick(Map.of("de-DE", "Germany", "de-CH", "Swiss"), "de-AT"));
    }

    @Test
    void shouldMatchThePrimaryLanguageRegardlessOfCase() {
        assertEquals("German", Localized.pick(Map.of("de", "German", "en", "English"), "DE-at"));
    }

    @Test
    void shouldFallBackToTheAlphabeticallyFirstLanguageWhenNoneMatches() {
        // A HashMap's order is arbitrary, so only sorting makes the answer the same on every call.
        Map<String, String> byLanguage = new HashMap<>(Map.of("fr", "French", "en", "English", "pt-BR", "Brazil"));

        assertEquals("English", Localized.pick(byLanguage, "ja"));
    }

    @Test
    void shouldFallBackToTheAlphabeticallyFirstLanguageWhenNoneIsRequested() {
        assertEquals("English", Localized.pick(Map.of("fr", "French", "en", "English"), null));
    }

    @Test
    void shouldNotMistakeALanguagePrefixForTheSameLanguage() {
        // North Frisian ("frr") starts with the letters of French ("fr") but is another language.
        assertEquals("English", Localized.pick(Map.of("frr", "North Frisian", "en", "English"), "fr"));
    }

    @Test
    void shouldGiveNullForNoLocalizations() {
        assertNull(Localized.pick(Map.of(), "de"));
        assertNull(Localized.pick(Map.of(), null));
    }

    @Test
    void shouldNameTheLanguageOfEveryStepOfTheFallbackChain() {
        Map<String, String> byLanguage = Map.of("de-CH", "Swiss", "en", "English", "fr", "French");

        assertEquals("de-CH", Localized.pickLanguage(byLanguage, "de", () -> "en"));
        assertEquals("en", Localized.pickLanguage(byLanguage, "ja", () -> "en-GB"));
        assertEquals("de-CH", Localized.pickLanguage(byLanguage, "ja", () -> "it"));
        assertNull(Localized.pickLanguage(Map.of(), "de", () -> "en"));
    }
}
