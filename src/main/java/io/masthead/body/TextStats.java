package io.masthead.body;

import java.text.BreakIterator;
import java.util.Locale;

/** Word count and reading time, derived on the server from the plain text of an article. */
public final class TextStats {
    private TextStats() {
    }

    /** Counts words with the JDK's locale-aware word boundaries, skipping punctuation and spaces. */
    public static int wordCount(String text, Locale locale) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    /** Whole minutes, rounded up, and at least one for any text at all. */
    public static int readingTimeMinutes(int wordCount, int wordsPerMinute) {
        return wordCount == 0 ? 0 : (wordCount + wordsPerMinute - 1) / wordsPerMinute;
    }
}
