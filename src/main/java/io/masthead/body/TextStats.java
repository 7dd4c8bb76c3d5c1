package io.masthead.body;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

/** Word count and reading time, derived on the server from the plain text of an article. */
public final class TextStats {
    /** Hyphen-minus, hyphen and non-breaking hyphen: they join the parts of a compound into one word. */
    private static final Set<String> HYPHENS = Set.of("-", "\u2010", "\u2011");

    private TextStats() {
    }

    /**
     * Counts words with ICU's word boundaries, which find the words of scripts written without spaces (Chinese,
     * Japanese, Thai) too. A hyphenated compound such as "Nord-Süd-Verbindung" counts as one word, as readers
     * read it.
     */
    public static int wordCount(String text, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int count = 0;
        boolean afterWord = false;
        boolean afterHyphenInWord = false;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            boolean word = words.getRuleStatus() != BreakIterator.WORD_NONE;
            if (word && !afterHyphenInWord) {
                count++;
            }
            afterHyphenInWord = !word && afterWord && HYPHENS.contains(text.substring(start, end));
            afterWord = word;
        }
        return count;
    }

    /** Whole minutes, rounded up, and at least one for any text at all. */
    public static int readingTimeMinutes(int wordCount, int wordsPerMinute) {
        return wordCount == 0 ? 0 : (wordCount + wordsPerMinute - 1) / wordsPerMinute;
    }
}
