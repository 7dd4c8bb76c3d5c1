package io.masthead.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {
    private static final String SLUG_SHAPE = "[a-z0-9]+(-[a-z0-9]+)*";

    @ParameterizedTest
    @CsvSource({
            "Grüße aus Köln, gruesse-aus-koeln",
            "Straße, strasse",
            "Äpfel Öl Übel, aepfel-oel-uebel",
            "ÄÖÜ äöü ß, aeoeue-aeoeue-ss",
            "Müller-Lüdenscheidt, mueller-luedenscheidt"})
    void shouldTransliterateGermanUmlautsAndSharpSAsGermanReadersSpellThem(String headline, String slug) {
        assertEquals(slug, Slugs.of(headline));
    }

    @Test
    void shouldUseGermanRulesEvenInsideOtherwiseFrenchText() {
        // de-ASCII runs first for the whole text, so the ü of Zürich becomes "ue" while French accents just drop.
        assertEquals("creme-brulee-a-zuerich", Slugs.of("Crème brûlée à Zürich"));
    }

    @ParameterizedTest
    @CsvSource({
            "Ça va? Œuvre, ca-va-oeuvre",
            "Łódź, lodz",
            "ñandú, nandu",
            "Ærø Ø, aero-o",
            "İstanbul, istanbul"})
    void shouldDropAccentsAndExpandLigaturesOfOtherLatinScripts(String headline, String slug) {
        assertEquals(slug, Slugs.of(headline));
    }

    @Test
    void shouldTreatADecomposedUmlautLikeAPrecomposedOne() {
        // Editors paste NFD text from macOS; NFC normalisation must run before the German rules see it.
        assertEquals(Slugs.of("Zürich"), Slugs.of("Zu\u0308rich"));
    }

    @ParameterizedTest
    @CsvSource({
            "Москва, moskva",
            "'Привет, мир!', privet-mir",
            "Αθήνα, athena",
            "Ελληνική Δημοκρατία, ellenike-demokratia",
            "北京, bei-jing",
            "中华人民共和国, zhong-hua-ren-min-gong-he-guo",
            "さくら, sakura",
            "トウキョウ, toukyou",
            // ICU reads kanji as Mandarin, so Tokyo's kanji give pinyin rather than "tokyo"; still readable ASCII.
            "東京, dong-jing"})
    void shouldRomaniseNonLatinScripts(String headline, String slug) {
        assertEquals(slug, Slugs.of(headline));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "'  Hello,   World!!  '| hello-world",
            "--a--b--| a-b",
            "100% sicher| 100-sicher",
            "C++ & C#| c-c",
            "snake_case_name| snake-case-name",
            "'tab\tand\nnewline'| tab-and-newline"}, delimiter = '|')
    void shouldCollapseEveryRunOfPunctuationAndWhitespaceIntoOneHyphen(String headline, String slug) {
        assertEquals(slug, Slugs.of(headline));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "🚀 Launch", "  Hello,   World!!  ", "Grüße aus Köln", "Москва 2026", "東京タワー", "¿Qué pasa?",
            "--leading and trailing--", "a -- b", "O'Brien's café", "#1: the “best” (really)", "x_y.z/w\\v",
            "ǅemal", "١٢٣ arabic digits", "נתניהו", "서울"})
    void shouldProduceOnlyLowerCaseAsciiLettersDigitsAndSingleInnerHyphens(String headline) {
        String slug = Slugs.of(headline);

        assertTrue(slug.matches(SLUG_SHAPE), () -> "'" + headline + "' gave '" + slug + "'");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, () -> "'" + headline + "' gave " + slug.length() + " chars");
    }

    @Test
    void shouldDropEmoji() {
        assertEquals("launch", Slugs.of("🚀 Launch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "!!!", "---", "🚀🔥", "¿¡?!"})
    void shouldGiveAnEmptySlugWhenNothingIsLeft(String headline) {
        assertEquals("", Slugs.of(headline));
    }

    @Test
    void shouldCutALongHeadlineAtTheLastWordBoundaryBeforeTheLimit() {
        String slug = Slugs.of("Parliament approves sweeping reform of the national pension system after "
                + "marathon overnight debate in Berlin");

        assertEquals("parliament-approves-sweeping-reform-of-the-national-pension-system-after", slug);
    }

    @Test
    void shouldCutMidWordWhenTheOnlyBoundaryIsInTheFirstHalf() {
        // Cutting back to "a" would throw away almost the whole headline, so the long word is cut instead.
        String slug = Slugs.of("a " + "b".repeat(100));

        assertEquals("a-" + "b".repeat(78), slug);
    }

    @Test
    void shouldCutASingleOverlongWordAtTheLimit() {
        assertEquals("x".repeat(Slugs.MAX_LENGTH), Slugs.of("x".repeat(90)));
    }

    @Test
    void shouldKeepAHeadlineOfExactlyTheLimit() {
        String headline = "abcd ".repeat(15) + "abcde";

        assertEquals(Slugs.MAX_LENGTH, Slugs.of(headline).length());
    }

    @Test
    void shouldKeepTheLastWholeWordThatEndsExactlyAtTheLimit() {
        String fitting = "abcd-".repeat(15) + "abcde";

        assertEquals(fitting, Slugs.of("abcd ".repeat(15) + "abcde extra"));
    }

    @Test
    void shouldLeaveRoomForTheNumberOfATakenLongSlug() {
        String longest = Slugs.of("Harbour ".repeat(20));
        String base = Slugs.numberingBase(longest);

        assertEquals("harbour-".repeat(10).length() - 1, longest.length());
        assertEquals("harbour-".repeat(9).length() - 1, base.length(), "cut at a word boundary: " + base);
        assertTrue((base + "-99999").length() <= Slugs.MAX_LENGTH, base);
        assertTrue(base.matches(SLUG_SHAPE), base);
        assertTrue(longest.startsWith(base), base);
        assertEquals("short-headline", Slugs.numberingBase("short-headline"));
    }
}
