package io.masthead.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextStatsTest {

    @ParameterizedTest
    @CsvSource(value = {
            "The quick brown fox jumps over the lazy dog.| 9",
            "A well-known state-of-the-art method.| 4",
            "In 2026 there were 3,500 votes and 12.5% turnout.| 9",
            "don't stop| 2",
            "word| 1"}, delimiter = '|')
    void shouldCountEnglishWords(String text, int words) {
        assertEquals(words, TextStats.wordCount(text, Locale.ENGLISH));
    }

    @Test
    void shouldCountWordsAcrossLineBreaks() {
        // Plain text joins blocks with newlines, so a newline must separate words like a space does.
        assertEquals(4, TextStats.wordCount("Line one\nline two", Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "Der schnelle braune Fuchs springt über den faulen Hund.| 9",
            "Die Nord-Süd-Verbindung ist fertig.| 4",
            "Bitte die E-Mail-Adresse angeben.| 4",
            "Es sind 1.000 Euro für 3 Tage.| 7"}, delimiter = '|')
    void shouldCountGermanWordsWithHyphenatedCompoundsAndNumbersAsOneEach(String text, int words) {
        assertEquals(words, TextStats.wordCount(text, Locale.GERMAN));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "zh| 港口协议在通宵谈判后签署了| 8",
            "ja| 東京で新しい港の協定が結ばれた| 11"}, delimiter = '|')
    void shouldFindTheWordsOfScriptsWrittenWithoutSpaces(String language, String text, int words) {
        assertEquals(words, TextStats.wordCount(text, Locale.forLanguageTag(language)));
    }

    @Test
    void shouldCountWordsAroundASpacedDashApart() {
        assertEquals(3, TextStats.wordCount("Harbour - city - council", Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "... !!! — ?", "\n\n", "– « » ·"})
    void shouldCountNoWordsInTextWithoutLettersOrDigits(String text) {
        assertEquals(0, TextStats.wordCount(text, Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "199, 1", "200, 1", "201, 2", "400, 2", "401, 3"})
    void shouldRoundReadingTimeUpToWholeMinutes(int words, int minutes) {
        assertEquals(minutes, TextStats.readingTimeMinutes(words, 200));
    }
}
