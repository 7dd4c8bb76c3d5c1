package io.masthead.article;

import io.masthead.error.InvalidParameter;
import io.masthead.error.InvalidParameters;
import io.masthead.http.EnumParameter;
import io.masthead.http.Limits;
import io.masthead.search.SearchText;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters, search and order of the article list. They arrive as text and are checked here, so that every bad
 * value is a 400 naming its parameter; the contract states the same limits.
 */
public class ArticleListParams {
    static final int MAX_AUTHOR_LENGTH = 200;
    private static final String TIME_PATTERN =
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})$";
    private static final String TEXT_PATTERN = "^[^\\x00-\\x1F\\x7F]+$";
    private static final Pattern TIME = Pattern.compile(TIME_PATTERN);
    private static final Pattern SLUG = Pattern.compile(Limits.SLUG_PATTERN);
    private static final Pattern LANGUAGE = Pattern.compile(Limits.LANGUAGE_PATTERN);
    private static final Pattern TEXT = Pattern.compile(TEXT_PATTERN);

    @QueryParam(SearchText.PARAMETER)
    @Parameter(description = "Search: only articles that match these words. The syntax of web search engines: "
            + "words that must all occur, a \"quoted phrase\", `-word` or `-\"phrase\"` to exclude, `OR` between "
            + "alternatives. At least one word must be wanted (not excluded). On PostgreSQL (response header "
            + "`Masthead-Search-Mode: full-text`) words are stemmed in the article's language (`lang`, or each "
            + "article's own), the headline weighs most, then the kicker, standfirst and tag names, then the body, and "
            + "a plain word of four letters or more also finds the words of published articles that contain it "
            + "(compounds) or, from five letters, that are one typo away from it. On the embedded H2 database "
            + "(`Masthead-Search-Mode: basic`) each word or phrase is a case-insensitive substring of the headline, "
            + "standfirst or body. Items then carry `search` with a rank and a snippet, and `sort` defaults to "
            + "`relevance`.", example = "Streik -Kräne",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = Limits.MAX_SEARCH_LENGTH))
    String q;

    @QueryParam("tag")
    @Parameter(description = "Only articles with this tag (its slug; an old slug of a merged or renamed tag "
            + "counts as the tag). Repeat it for up to 10 tags, combined by `tagMode`.", example = "[\"heat-pumps\", \"shipping\"]",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = Limits.MAX_TAG_FILTERS,
                    implementation = TagSlug.class))
    List<String> tag;

    @QueryParam("tagMode")
    @Parameter(description = "With several `tag` values: `all` (the default) lists articles that carry every one of "
            + "them, `any` those that carry at least one. A tag that does not exist matches nothing.", example = "any",
            schema = @Schema(implementation = TagMode.class, defaultValue = "all"))
    String tagMode;

    @QueryParam("section")
    @Parameter(description = "Only articles in this section (its slug).", example = "politics",
            schema = @Schema(type = SchemaType.STRING, maxLength = 120, pattern = Limits.SLUG_PATTERN))
    String section;

    @QueryParam("lang")
    @Parameter(description = "Only articles in this language (BCP 47, exactly as stored). With `q`, the query is "
            + "stemmed in this language.", example = "de",
            schema = @Schema(type = SchemaType.STRING, maxLength = 35, pattern = Limits.LANGUAGE_PATTERN))
    String lang;

    @QueryParam("type")
    @Parameter(description = "Only articles with an audio version (`audio`), or with a video (`video`: an embed "
            + "block from a video provider, `youtube` or `vimeo` by default, setting "
            + "`masthead.articles.video-providers`; heroes are always images).", example = "audio",
            schema = @Schema(implementation = ArticleType.class))
    String type;

    @QueryParam("author")
    @Parameter(description = "Only articles with this name in the byline (any role: author, photographer, ...), "
            + "compared in full and case-insensitively.", example = "Jana Holm",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_AUTHOR_LENGTH,
                    pattern = TEXT_PATTERN))
    String author;

    @QueryParam("from")
    @Parameter(description = "Only articles published at or after this time (inclusive): an RFC 3339 date-time "
            + "with an offset (`Z` or `+01:00`).", example = "2026-09-01T00:00:00+02:00",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35, pattern = TIME_PATTERN))
    String from;

    @QueryParam("to")
    @Parameter(description = "Only articles published before this time (exclusive): an RFC 3339 date-time with an "
            + "offset. Must be later than `from`.", example = "2026-10-01T00:00:00+02:00",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35, pattern = TIME_PATTERN))
    String to;

    @QueryParam("sort")
    @Parameter(description = "The order: `newest` (the default without `q`), `oldest`, or `relevance` (the default "
            + "with `q`, which it needs). A `cursor` only works with the sort, filters and `q` it was issued for.",
            example = "newest", schema = @Schema(implementation = ArticleSort.class))
    String sort;

    @QueryParam("count")
    @Parameter(description = "`true` adds `total`, the exact number of articles in the whole list (one more query "
            + "when the list has more than one page).", example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String count;

    /** The raw query, to tell an empty value (which JAX-RS passes on as absent) from a missing one. */
    @Context
    UriInfo uri;

    @Schema(type = SchemaType.STRING, maxLength = 120, pattern = Limits.SLUG_PATTERN,
            description = "A tag slug.", examples = "heat-pumps")
    private static final class TagSlug {
    }

    public boolean searching() {
        return q != null;
    }

    /** The query these parameters ask for; every bad one is reported in the same 400. */
    public ArticleQuery query() {
        refuseEmptyValues();
        List<InvalidParameter> problems = new ArrayList<>();
        SearchText search = checked(problems, () -> q == null ? null : SearchText.parse(q));
        ArticleSort order = checked(problems, () -> EnumParameter.parse(ArticleSort.class, "sort", sort));
        if (order == ArticleSort.RELEVANCE && q == null) {
            problems.add(new InvalidParameter("sort", "sort=relevance needs q: only a search has a relevance."));
        }
        OffsetDateTime since = checked(problems, () -> time("from", from));
        OffsetDateTime until = checked(problems, () -> time("to", to));
        if (since != null && until != null && !until.isAfter(since)) {
            problems.add(new InvalidParameter("to", "to must be later than from."));
        }
        TagMode mode = checked(problems, () -> EnumParameter.parse(TagMode.class, "tagMode", tagMode));
        String language = checked(problems, () -> matching("lang", lang, LANGUAGE, 35));
        String sectionSlug = checked(problems, () -> matching("section", section, SLUG, 120));
        List<String> tagSlugs = checked(problems, this::tags);
        ArticleType articleType = checked(problems, () -> EnumParameter.parse(ArticleType.class, "type", type));
        String byline = checked(problems, () -> matching("author", author, TEXT, MAX_AUTHOR_LENGTH));
        InvalidParameters.throwIfAny(problems);
        return new ArticleQuery(language, sectionSlug, tagSlugs, mode == null ? TagMode.ALL : mode, articleType,
                byline, since, until, search,
                order != null ? order : search != null ? ArticleSort.RELEVANCE : ArticleSort.NEWEST);
    }

    /** The checked value, or null with its problem added to {@code problems}. */
    private static <T> T checked(List<InvalidParameter> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidParameter problem) {
            problems.add(problem);
            return null;
        }
    }

    public boolean count() {
        if (count == null || count.equals("false")) {
            return false;
        }
        if (count.equals("true")) {
            return true;
        }
        throw new InvalidParameter("count", "count must be true or false; got '" + count + "'.");
    }

    private void refuseEmptyValues() {
        for (String name : List.of(SearchText.PARAMETER, "tag", "tagMode", "section", "lang", "type", "author", "from",
                "to", "sort", "count")) {
            List<String> values = uri.getQueryParameters().get(name);
            if (values != null && values.stream().anyMatch(String::isEmpty)) {
                throw new InvalidParameter(name, name + " must not be empty; leave it out instead.");
            }
        }
    }

    private List<String> tags() {
        if (tag == null) {
            return List.of();
        }
        if (tag.size() > Limits.MAX_TAG_FILTERS) {
            throw new InvalidParameter("tag", "tag may be given at most " + Limits.MAX_TAG_FILTERS + " times.");
        }
        tag.forEach(slug -> matching("tag", slug, SLUG, 120));
        return tag;
    }

    private static String matching(String parameter, String value, Pattern pattern, int maxLength) {
        if (value != null && (value.length() > maxLength || !pattern.matcher(value).matches())) {
            throw new InvalidParameter(parameter, parameter + " '" + printable(value) + "' is not valid: "
                    + describe(parameter, maxLength) + ".");
        }
        return value;
    }

    private static String describe(String parameter, int maxLength) {
        return switch (parameter) {
            case "lang" -> "it must be a BCP 47 language tag such as de or pt-BR";
            case "author" -> "it must be a name of 1 to " + maxLength + " characters without control characters";
            default -> "it must be a slug of lower-case letters, digits and single hyphens, at most " + maxLength
                    + " characters";
        };
    }

    private static OffsetDateTime time(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (TIME.matcher(value).matches()) {
                return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException e) {
            // a well-formed but impossible date, such as the 31st of April: reported below
        }
        throw new InvalidParameter(parameter, parameter + " must be an RFC 3339 date-time with an offset, such as "
                + "2026-09-01T00:00:00+02:00 or 2026-08-31T22:00:00Z; got '" + printable(value) + "'.");
    }

    /** The value as it can be shown in a problem: without control characters, and not endlessly long. */
    private static String printable(String value) {
        String visible = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 60 ? visible.substring(0, 60) + "..." : visible;
    }
}
