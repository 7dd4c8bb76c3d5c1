package io.masthead.search;

import io.masthead.error.InvalidParameter;
import io.masthead.http.Limits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A search query in the syntax of PostgreSQL's {@code websearch_to_tsquery}: words that must all occur, a quoted
 * phrase, {@code -} before a word or phrase to exclude it, and {@code OR} between alternatives. AND binds tighter
 * than OR, so the query is a list of alternatives, each a list of items that must all hold.
 */
public record SearchText(String raw, List<List<Item>> alternatives) {
    public static final String PARAMETER = "q";
    /** Query words shorter than this are not expanded into the compounds that contain them. */
    static final int MIN_EXPANDED_LENGTH = 4;
    /** Query words shorter than this are not matched with a typo. */
    static final int MIN_TYPO_LENGTH = 5;
    /** Enough for any realistic query; the rest of a long query still matches, unexpanded. */
    static final int MAX_EXPANDED_TERMS = 8;

    /** One word or phrase; {@code text} is lower-case and trimmed of punctuation at both ends. */
    public record Item(String text, boolean phrase, boolean excluded) {
    }

    /** Parses {@code q}; a 400 naming it when it is too long, holds control characters or no word. */
    public static SearchText parse(String q) {
        if (q.codePointCount(0, q.length()) > Limits.MAX_SEARCH_LENGTH) {
            throw new InvalidParameter(PARAMETER,
                    "q must be at most " + Limits.MAX_SEARCH_LENGTH + " characters long.");
        }
        if (q.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidParameter(PARAMETER, "q must not contain control characters.");
        }
        List<List<Item>> alternatives = new Parser(q).parse();
        if (alternatives.isEmpty()) {
            throw new InvalidParameter(PARAMETER, "q must contain at least one word.");
        }
        return new SearchText(q, alternatives);
    }

    /** The words and phrases that a match must contain (not the excluded ones), once each, in query order. */
    public List<String> wanted() {
        Set<String> wanted = new LinkedHashSet<>();
        alternatives.forEach(items -> items.stream().filter(item -> !item.excluded())
                .forEach(item -> wanted.add(item.text())));
        return List.copyOf(wanted);
    }

    /** The plain words (letters only, not quoted, not excluded) that search may widen to compounds and typos. */
    public List<String> expandable() {
        return alternatives.stream().flatMap(List::stream)
                .filter(item -> !item.phrase() && !item.excluded())
                .map(Item::text)
                .filter(text -> text.length() >= MIN_EXPANDED_LENGTH && text.codePoints().allMatch(Character::isLetter))
                .distinct()
                .limit(MAX_EXPANDED_TERMS)
                .toList();
    }

    private static final class Parser {
        private final String q;
        private int at;
        private final List<List<Item>> alternatives = new ArrayList<>();
        private List<Item> current = new ArrayList<>();

        Parser(String q) {
            this.q = q;
        }

        List<List<Item>> parse() {
            while (skipSpace()) {
                boolean excluded = q.charAt(at) == '-';
                if (excluded) {
                    at++;
                }
                if (at < q.length() && q.charAt(at) == '"') {
                    add(phrase(), true, excluded);
                } else {
                    String word = word();
                    if (!excluded && word.equalsIgnoreCase("or")) {
                        startAlternative();
                    } else {
                        add(word, false, excluded);
                    }
                }
            }
            startAlternative();
            return alternatives;
        }

        private boolean skipSpace() {
            while (at < q.length() && Character.isWhitespace(q.charAt(at))) {
                at++;
            }
            return at < q.length();
        }

        /** The text up to the closing quote, or to the end when it is missing, as websearch_to_tsquery reads it. */
        private String phrase() {
            int start = ++at;
            int end = q.indexOf('"', start);
            at = end < 0 ? q.length() : end + 1;
            return String.join(" ", q.substring(start, end < 0 ? q.length() : end).strip().split("\\s+"));
        }

        private String word() {
            int start = at;
            while (at < q.length() && !Character.isWhitespace(q.charAt(at)) && q.charAt(at) != '"') {
                at++;
            }
            return q.substring(start, at);
        }

        private void add(String text, boolean phrase, boolean excluded) {
            String trimmed = trimPunctuation(text).toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                current.add(new Item(trimmed, phrase, excluded));
            }
        }

        private void startAlternative() {
            if (current.stream().anyMatch(item -> !item.excluded())) {
                alternatives.add(List.copyOf(current));
            }
            current = new ArrayList<>();
        }

        private static String trimPunctuation(String text) {
            int start = 0;
            int end = text.length();
            while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            return text.substring(start, end);
        }
    }
}
