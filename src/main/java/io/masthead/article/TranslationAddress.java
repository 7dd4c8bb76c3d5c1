package io.masthead.article;

import io.masthead.syndication.ArticleAddress;
import io.masthead.syndication.Publication;
import java.time.Instant;
import java.util.UUID;

/** A published translation as read, with what its public address is made of; the URL is added when known. */
record TranslationAddress(TranslationRef ref, ArticleAddress address) {

    /** From the columns {@code id, language, slug, headline, section slug, firstPublishedAt} starting at {@code at}. */
    static TranslationAddress of(Object[] row, int at) {
        UUID id = (UUID) row[at];
        String language = (String) row[at + 1];
        String slug = (String) row[at + 2];
        return new TranslationAddress(new TranslationRef(id, language, slug, (String) row[at + 3], null),
                new ArticleAddress(id, language, slug, (String) row[at + 4], (Instant) row[at + 5]));
    }

    /** The reference, with its public URL when the site is configured (null: it is not). */
    TranslationRef located(Publication publication) {
        return publication == null ? ref : ref.withUrl(publication.articleUrl(address));
    }
}
