package io.masthead.http;

import io.masthead.error.InvalidParameter;

/**
 * Every size limit of the APIs, in one place. The resources and records put these constants into annotations,
 * so the contract states exactly what the server enforces.
 */
public final class Limits {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final String DEFAULT_PAGE_SIZE_TEXT = "20";
    public static final int MAX_PAGE_SIZE = 100;
    public static final String MAX_PAGE_SIZE_TEXT = "100";
    /**
     * A signed cursor of up to four sort keys fits (a rank, a time, an id and a number; or a tag or section slug),
     * signature included. {@link Cursor#encode} refuses to issue a longer one.
     */
    public static final int MAX_CURSOR_LENGTH = 200;
    /** The changes feed pages larger by default: a sync client wants few round trips. */
    public static final int DEFAULT_CHANGES_PAGE_SIZE = 50;
    public static final String DEFAULT_CHANGES_PAGE_SIZE_TEXT = "50";
    /** Related articles: how many one request may ask for, and how many it gets without asking. */
    public static final int MAX_RELATED = 20;
    public static final String MAX_RELATED_TEXT = "20";
    public static final int DEFAULT_RELATED = 5;
    public static final String DEFAULT_RELATED_TEXT = "5";
    /** Search queries (q), in characters, and how many tags one list request may filter by. */
    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_TAG_FILTERS = 10;
    /** JSON request bodies: enough for an article with 500 blocks of long rich text. NDJSON imports are larger. */
    public static final long MAX_JSON_BODY_BYTES = 10L * 1024 * 1024;
    public static final int MAX_SLUG_LENGTH = 200;
    /**
     * The request target (path and query string) of any request, in characters. Above it: 414. The HTTP layer's
     * limit on the whole request line ({@code quarkus.http.limits.max-initial-line-length}) is far higher, so that
     * this one answers with a problem body.
     */
    public static final int MAX_REQUEST_TARGET_LENGTH = 8192;
    /** An {@code X-Request-Id} the server keeps; any other is replaced. */
    public static final int MAX_REQUEST_ID_LENGTH = 128;
    public static final String REQUEST_ID_PATTERN = "^[A-Za-z0-9._:-]{1,128}$";
    /** A BCP 47 language tag such as {@code de} or {@code pt-BR}. */
    public static final String LANGUAGE_PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$";
    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Limits() {
    }

    /**
     * The page size a {@code limit} parameter asks for, {@code defaultSize} when it is absent. A value that is not
     * a whole number from 1 to {@link #MAX_PAGE_SIZE} is a 400 naming the parameter, never clamped silently.
     */
    public static int pageSize(String limit, int defaultSize) {
        if (limit == null) {
            return defaultSize;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_PAGE_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new InvalidParameter("limit",
                "limit must be a whole number from 1 to " + MAX_PAGE_SIZE + "; got '" + limit + "'.");
    }
}
