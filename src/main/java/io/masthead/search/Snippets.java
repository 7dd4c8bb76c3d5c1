package io.masthead.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Snippets are HTML-escaped plain text in which {@code <mark>} elements are the only markup, so that a client can
 * insert them as HTML. PostgreSQL's ts_headline builds them from escaped text; the basic search builds them here.
 */
final class Snippets {
    static final String ELLIPSIS = " … ";
    /** Far above what either builder makes of real text; only a hostile giant word could reach it. */
    static final int MAX_LENGTH = 2000;
    private static final int BEFORE = 60;
    private static final int LENGTH = 220;

    private Snippets() {
    }

    /** The text with {@code & < > "} escaped: what ts_headline is given, so that its marks are the only tags. */
    static String escapeSql(String column) {
        return "replace(replace(replace(replace(" + column + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),"
                + " '\"', '&quot;')";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> escaped.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> String.valueOf((char) c);
        }));
        return escaped.toString();
    }

    /**
     * About {@value #LENGTH} characters of {@code text} from shortly before the first occurrence of any of the
     * {@code wanted} words or phrases (case-insensitive), with every occurrence marked; the start of the text when
     * none occurs.
     */
    static String around(String text, List<String> wanted) {
        String flat = text.strip().replaceAll("\\s+", " ");
        Pattern pattern = Pattern.compile(wanted.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher first = pattern.matcher(flat);
        int start = first.find() ? wordStart(flat, Math.max(0, first.start() - BEFORE)) : 0;
        int end = wordEnd(flat, Math.min(flat.length(), start + LENGTH));
        String window = flat.substring(start, end);
        StringBuilder snippet = new StringBuilder(start > 0 ? ELLIPSIS.stripLeading() : "");
        Matcher match = pattern.matcher(window);
        int done = 0;
        while (match.find()) {
            snippet.append(escape(window.substring(done, match.start())))
                    .append("<mark>").append(escape(match.group())).append("</mark>");
            done = match.end();
        }
        snippet.append(escape(window.substring(done)));
        return end < flat.length() ? snippet.append(ELLIPSIS.stripTrailing()).toString() : snippet.toString();
    }

    /**
     * The snippet, cut to {@value #MAX_LENGTH} characters if need be without breaking an entity or a mark: a word
     * may be arbitrarily long, and ts_headline never splits one.
     */
    static String bounded(String snippet) {
        if (snippet.length() <= MAX_LENGTH) {
            return snippet;
        }
        String closing = "</mark>" + ELLIPSIS.stripTrailing();
        String cut = snippet.substring(0, MAX_LENGTH - closing.length());
        int openEntity = cut.lastIndexOf('&');
        if (openEntity > cut.lastIndexOf(';')) {
            cut = cut.substring(0, openEntity);
        }
        int openTag = cut.lastIndexOf('<');
        if (openTag > cut.lastIndexOf('>')) {
            cut = cut.substring(0, openTag);
        }
        boolean inMark = cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>");
        return cut + (inMark ? closing : ELLIPSIS.stripTrailing());
    }

    /** The start of the word at {@code at}, so that a snippet never begins in the middle of one. */
    private static int wordStart(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return at == 0 || space < 0 ? 0 : space + 1;
    }

    private static int wordEnd(String text, int at) {
        int space = text.indexOf(' ', at);
        return at >= text.length() || space < 0 ? text.length() : space;
    }
}
