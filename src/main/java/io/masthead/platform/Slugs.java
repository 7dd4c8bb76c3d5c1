package io.masthead.platform;

import com.ibm.icu.text.Transliterator;

/**
 * URL slugs from headlines. ICU transliterates any script to ASCII, with the German rules first so that
 * "Grüße aus Köln" becomes "gruesse-aus-koeln" rather than "gruse-aus-koln".
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    /** Room for the "-2", "-3", ... that sets apart articles whose headlines make the same slug. */
    private static final int NUMBER_ROOM = 6;

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
        return cut(ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""), MAX_LENGTH);
    }

    /** The part of a slug that its numbered variants share: short enough that "base-N" stays within the maximum. */
    public static String numberingBase(String slug) {
        return cut(slug, MAX_LENGTH - NUMBER_ROOM);
    }

    /** The slug cut to {@code length}, at a word boundary unless that would lose more than half of it. */
    private static String cut(String slug, int length) {
        if (slug.length() <= length) {
            return slug;
        }
        String cut = slug.substring(0, length);
        if (slug.charAt(length) == '-') {
            return cut;
        }
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > length / 2 ? cut.substring(0, lastHyphen) : cut;
    }
}
