package io.masthead.platform;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Picks the best localization of a value for a requested BCP 47 language. */
public final class Localized {
    private Localized() {
    }

    /**
     * The exact language, else the same primary language ("de" for "de-AT" and the reverse), else the first
     * language in alphabetical order, so that the choice is stable. Null only for an empty map.
     */
    public static <T> T pick(Map<String, T> byLanguage, String language) {
        if (byLanguage.isEmpty()) {
            return null;
        }
        if (language != null) {
            T exact = byLanguage.get(language);
            if (exact != null) {
                return exact;
            }
            String primary = primary(language);
            for (Map.Entry<String, T> entry : new TreeMap<>(byLanguage).entrySet()) {
                if (primary(entry.getKey()).equals(primary)) {
                    return entry.getValue();
                }
            }
        }
        return new TreeMap<>(byLanguage).firstEntry().getValue();
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
