package io.masthead.search;

import java.util.Collection;
import java.util.UUID;

/**
 * Search as the database offers it: full-text search on PostgreSQL, substring matching on H2. The writers keep
 * the index current in the transaction of every change to searchable text; the article list asks for the SQL of
 * a search.
 */
public interface SearchBackend {
    SearchMode mode();

    /**
     * Stores the searchable text of an article after a change to its content has been flushed; {@code collectWords}
     * when it is published or scheduled, so that its words join the vocabulary of published text.
     */
    void index(UUID articleId, String body, boolean collectWords);

    /** Adds the words of an article that has just been published or scheduled to the vocabulary. */
    void collectWords(UUID articleId);

    /** Recomputes the index of these articles, whose tags changed (by a merge). */
    void reindex(Collection<UUID> articleIds);

    /** Recomputes the index of every article carrying the tag, whose names changed. */
    void reindexCarrying(UUID tagId);

    /** The SQL that matches and ranks {@code text} in articles of {@code language} (null: every language). */
    SearchSql prepare(SearchText text, String language);
}
