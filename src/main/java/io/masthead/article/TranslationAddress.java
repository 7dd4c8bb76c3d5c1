package io.masthead.article;

import io.masthead.syndication.ArticleAddress;
import io.masthead.syndication.Publication;
import java.time.Instant;
import java.util.UUID;

/** A published translation as read, with what its public address is made of; the URL is added when known. */
record TranslationAddress(TranslationRef ref, ArticleAddress address) {

    /** From the columns {@code id, language, slug, headline, section slug, firstPublishedAt} starting at {@code at}. */
    static TranslationAddress of(Object[] row, int at) {
        return of((UUID) row[at], (String) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (String) row[at + 4], (Instant) row[at + 5]);
    }

    static TranslationAddress of(UUID id, String language, String slug, String headline, String section,
                                 Instant firstPublishedAt) {
        return new TranslationAddress(new TranslationRef(id, language, slug, headline, null),
                new ArticleAddress(id, language, slug, section, firstPublishedAt));
    }

    /** The reference, with its public URL when the site is configured (null: it is not). */
    TranslationRef located(Publication publication) {
        return publication == null ? ref : ref.withUrl(publication.articleUrl(address));
    }
}
