package io.masthead.localization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {
    private static final List<String> SITE = List.of("en", "de", "fr-CA");

    private static Optional<String> lookup(String header) {
        return AcceptLanguage.parse(header).lookup(SITE, "en");
    }

    @Test
    void shouldPickTheBestWeightedAvailableLanguage() {
        assertEquals(Optional.of("de"), lookup("fr;q=0.4, de;q=0.8, en;q=0.5"));
        assertEquals(Optional.of("de"), lookup("it, de;q=0.1"));
        assertEquals(Optional.of("en"), lookup("de;q=0.5, en"));
    }

    @Test
    void shouldKeepTheHeaderOrderForEqualWeights() {
        assertEquals(Optional.of("de"), lookup("de, en"));
        assertEquals(Optional.of("en"), lookup("en, de"));
    }

    @Test
    void shouldFallBackFromARegionToItsLanguageAndNarrowALanguageToARegion() {
        assertEquals(Optional.of("de"), lookup("de-CH"));
        assertEquals(Optional.of("de"), lookup("DE-ch-1996"));
        assertEquals(Optional.of("fr-CA"), lookup("fr"));
        assertEquals(Optional.of("fr-CA"), lookup("fr-ca"));
    }

    @Test
    void shouldTakeTheSiteDefaultForAWildcard() {
        assertEquals(Optional.of("en"), lookup("it, *;q=0.1"));
        assertEquals(Optional.of("de"), AcceptLanguage.parse("*").lookup(List.of("fr", "de"), "en"));
    }

    @Test
    void shouldNeverChooseALanguageWeightedZero() {
        assertEquals(Optional.empty(), lookup("de;q=0"));
        assertEquals(Optional.of("en"), lookup("de;q=0, en;q=0.2"));
    }

    @Test
    void shouldFindNothingWhenNoRangeMatches() {
        assertEquals(Optional.empty(), lookup("it, es-MX"));
        assertTrue(AcceptLanguage.parse(null).isEmpty());
    }

    @Test
    void shouldIgnoreGarbageInsteadOfFailing() {
        for (String garbage : List.of("", ",,,", ";;;", "q=1", "de;q=2", "de;q=-1", "de;q=abc", "de;q=0.12345",
                "<script>", "d\u00e9", "toolongrange-x", "de;;q=1", "\u0000", "de-", "-de", "de--ch",
                "x".repeat(10_000), "de;q=1;q=0.5 x")) {
            assertEquals(Optional.empty(), lookup(garbage), garbage);
        }
        assertEquals(Optional.of("de"), lookup("<script>, de;q=nope, de-CH;q=0.3"));
    }

    @Test
    void shouldReadOnlyTheFirstRangesOfAnEndlessHeader() {
        String header = "it, ".repeat(AcceptLanguage.MAX_RANGES) + "de";
        assertEquals(Optional.empty(), lookup(header));
        assertEquals(Optional.of("de"), lookup("it, ".repeat(AcceptLanguage.MAX_RANGES - 1) + "de"));
    }
}
