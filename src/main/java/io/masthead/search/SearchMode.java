package io.masthead.search;

/**
 * How this server matches {@code q}, announced in the {@value #HEADER} response header so that no client mistakes
 * the embedded database's simpler matching for full-text search.
 */
public enum SearchMode {
    /** PostgreSQL: stemmed, weighted full-text search with compounds and typos. */
    FULL_TEXT("full-text"),
    /** H2: case-insensitive substrings of the headline, standfirst and body. */
    BASIC("basic");

    public static final String HEADER = "Masthead-Search-Mode";

    private final String headerValue;

    SearchMode(String headerValue) {
        this.headerValue = headerValue;
    }

    public String headerValue() {
        return headerValue;
    }
}
