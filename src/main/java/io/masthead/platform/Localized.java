package io.masthead.platform;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Picks the best localization of a value for a requested BCP 47 language. */
public final class Localized {
    private Localized() {
    }

    /**
     * The exact language, else the same primary language ("de" for "de-AT" and the reverse), else the first
     * language in alphabetical order, so that the choice is stable. Null only for an empty map.
     */
    public static <T> T pick(Map<String, T> byLanguage, String language) {
        return pick(byLanguage, language, () -> null);
    }

    /**
     * The fallback chain of localized names: the requested language (exactly, else by its primary language), then
     * the site's default language (the same way), then the first language in alphabetical order. {@code siteDefault}
     * is asked only when the requested language has no value, so that it may be a database read.
     */
    public static <T> T pick(Map<String, T> byLanguage, String language, Supplier<String> siteDefault) {
        String chosen = pickLanguage(byLanguage, language, siteDefault);
        return chosen == null ? null : byLanguage.get(chosen);
    }

    /** The language that {@link #pick(Map, String, Supplier)} takes the value of; null only for an empty map. */
    public static String pickLanguage(Map<String, ?> byLanguage, String language, Supplier<String> siteDefault) {
        if (byLanguage.isEmpty()) {
            return null;
        }
        String requested = closest(byLanguage, language);
        if (requested != null) {
            return requested;
        }
        String fallback = closest(byLanguage, siteDefault.get());
        return fallback != null ? fallback : new TreeMap<>(byLanguage).firstKey();
    }

    private static String closest(Map<String, ?> byLanguage, String language) {
        if (language == null) {
            return null;
        }
        if (byLanguage.containsKey(language)) {
            return language;
        }
        String primary = primary(language);
        for (String candidate : new TreeMap<>(byLanguage).keySet()) {
            if (primary(candidate).equals(primary)) {
                return candidate;
            }
        }
        return null;
    }

    /** A supplier that asks {@code source} once, at its first use, and remembers the answer. */
    public static Supplier<String> once(Supplier<String> source) {
        return new Supplier<>() {
            private String value;
            private boolean asked;

            @Override
            public String get() {
                if (!asked) {
                    value = source.get();
                    asked = true;
                }
                return value;
            }
        };
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
