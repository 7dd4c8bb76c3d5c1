package io.masthead.syndication;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article lives on the public site, as a pattern such as {@code /{section}/{yyyy}/{mm}/{dd}/{slug}}.
 * A pattern that starts with {@code /} is resolved against the base URL of the article's edition; one that starts
 * with {@code http://} or {@code https://} is absolute. It is checked completely when the configuration is read,
 * so that a typo stops the start instead of publishing broken links in feeds and sitemaps.
 */
public final class ArticleUrlPattern {
    static final Set<String> PLACEHOLDERS = Set.of("lang", "slug", "id", "section", "yyyy", "mm", "dd");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final String SECTION_SEGMENT = "/{section}";

    private final String text;
    private final boolean absolute;

    private ArticleUrlPattern(String text, boolean absolute) {
        this.text = text;
        this.absolute = absolute;
    }

    /** Parses and checks a pattern; the exception's message says what is wrong with it. */
    public static ArticleUrlPattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text, "it is empty");
        }
        boolean absolute = text.startsWith("http://") || text.startsWith("https://");
        if (!absolute && !text.startsWith("/")) {
            throw invalid(text, "it must start with / (a path below the edition's base URL) or with http:// or "
                    + "https:// (an absolute URL)");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        for (String name : names) {
            if (!PLACEHOLDERS.contains(name)) {
                throw invalid(text, "{" + name + "} is not a placeholder; use {lang}, {slug}, {id}, {section}, "
                        + "{yyyy}, {mm} or {dd}");
            }
        }
        String literal = matcher.replaceAll("");
        if (literal.contains("{") || literal.contains("}")) {
            throw invalid(text, "it has an unmatched brace");
        }
        if (!names.contains("slug") && !names.contains("id")) {
            throw invalid(text, "it needs {slug} or {id}, or every article would get the same URL");
        }
        if (names.contains("section") && !sectionFillsSegments(text)) {
            throw invalid(text, "{section} must be a whole path segment (/{section}/), so that it can be left out "
                    + "for articles without a section");
        }
        ArticleUrlPattern pattern = new ArticleUrlPattern(text, absolute);
        pattern.checkExpansion();
        return pattern;
    }

    /**
     * The article's absolute URL. {@code base} is the base URL of the article's edition (ignored by an absolute
     * pattern); {@code date} is the first publication day in the site's time zone. An article without a section
     * loses the {@code /{section}} segment.
     */
    public String expand(String base, String language, String slug, UUID id, String section, LocalDate date) {
        String path = section == null ? text.replace(SECTION_SEGMENT, "") : text;
        path = path.replace("{lang}", encode(language))
                .replace("{slug}", encode(slug))
                .replace("{id}", id.toString())
                .replace("{section}", section == null ? "" : encode(section))
                .replace("{yyyy}", String.format("%04d", date.getYear()))
                .replace("{mm}", String.format("%02d", date.getMonthValue()))
                .replace("{dd}", String.format("%02d", date.getDayOfMonth()));
        if (absolute) {
            return path;
        }
        return stripTrailingSlash(base) + path;
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean sectionFillsSegments(String text) {
        int at = text.indexOf("{section}");
        while (at >= 0) {
            int end = at + "{section}".length();
            boolean startsSegment = at > 0 && text.charAt(at - 1) == '/';
            boolean endsSegment = end == text.length() || text.charAt(end) == '/';
            int query = text.indexOf('?');
            if (!startsSegment || !endsSegment || query >= 0 && query < at) {
                return false;
            }
            at = text.indexOf("{section}", end);
        }
        return true;
    }

    /** An expansion with sample values must be a valid absolute URI, or the pattern holds characters it may not. */
    private void checkExpansion() {
        String url = expand("https://example.org", "pt-BR", "a-slug", new UUID(0, 1), "a-section",
                LocalDate.of(2026, 1, 2));
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw invalid(text, "it does not give a URL with a host");
            }
        } catch (URISyntaxException e) {
            throw invalid(text, "it does not give a valid URL (" + e.getReason() + ")");
        }
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters; slugs and language tags rarely need it. */
    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String stripTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("masthead.site.article-url-pattern '" + text + "' is invalid: " + reason
                + ".");
    }

    /** Reads the pattern from configuration, failing the start with the reason when it is invalid. */
    public static final class Converter implements org.eclipse.microprofile.config.spi.Converter<ArticleUrlPattern> {
        @Override
        public ArticleUrlPattern convert(String value) {
            return parse(value);
        }
    }
}
