package io.masthead.article;

/** The allow-listed filters of the article list; null means "any". */
public record ArticleFilter(String language, String section, String tag) {
}
