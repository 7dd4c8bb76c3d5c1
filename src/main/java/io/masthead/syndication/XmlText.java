package io.masthead.syndication;

/**
 * Text that XML 1.0 can carry. Editors paste control characters (from word processors, PDFs) that JSON escapes
 * without complaint but that no XML document may contain, not even as character references; they are dropped,
 * so that one stray character cannot break a feed or sitemap for every reader.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String clean(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(cleaned::appendCodePoint);
        return cleaned.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
