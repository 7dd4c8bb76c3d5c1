package io.masthead.platform;

import com.ibm.icu.text.Transliterator;

/**
 * URL slugs from headlines. ICU transliterates any script to ASCII, with the German rules first so that
 * "Grüße aus Köln" becomes "gruesse-aus-koeln" rather than "gruse-aus-koln".
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;

    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("NFC; de-ASCII; Any-Latin; Latin-ASCII; Lower");

    private Slugs() {
    }

    /** A slug of lower-case ASCII letters, digits and single hyphens, cut at a word boundary; empty if none. */
    public static String of(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(text);
        }
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        if (slug.charAt(MAX_LENGTH) == '-') {
            return cut;
        }
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut;
    }
}
