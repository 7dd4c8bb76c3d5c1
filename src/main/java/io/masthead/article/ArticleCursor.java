package io.masthead.article;

import io.masthead.error.InvalidParameter;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * A position in the article list: the sort key of the last item of a page (the rank, when sorted by relevance,
 * exactly as the database computed it; the publication time; the id) and the fingerprint of the list it belongs to.
 */
record ArticleCursor(Double rank, Instant time, UUID id) {
    /** Publication times lie within these years; a forged time outside them must not reach the database. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    String encode(String fingerprint) {
        return Cursor.encode(fingerprint, rank == null ? "" : Double.toString(rank), time.toString(), id.toString());
    }

    /** The position a cursor names in the list {@code query}, or null for the first page. */
    static ArticleCursor decode(String cursor, ArticleQuery query) {
        if (cursor == null) {
            return null;
        }
        List<String> parts = Cursor.decode(cursor, 4);
        if (!parts.get(0).equals(query.fingerprint())) {
            throw new InvalidParameter(Cursor.PARAMETER, "cursor belongs to another list: it was issued for other "
                    + "filters, another q or another sort. Repeat the parameters of the page that issued it, or start "
                    + "again without cursor.");
        }
        boolean ranked = query.sort() == ArticleSort.RELEVANCE;
        if (parts.get(1).isEmpty() == ranked) {
            throw Cursor.malformed();
        }
        try {
            Double rank = ranked ? Double.valueOf(parts.get(1)) : null;
            Instant time = Instant.parse(parts.get(2));
            if (rank != null && !Double.isFinite(rank) || time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                throw Cursor.malformed();
            }
            return new ArticleCursor(rank, time, UUID.fromString(parts.get(3)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw Cursor.malformed();
        }
    }

    /** The page cut from the rows of the list {@code query}, with the cursor after its last item when more follow. */
    static Keyset.Page<PageRow> page(List<PageRow> rows, int limit, ArticleQuery query) {
        String fingerprint = query.fingerprint();
        return Keyset.page(rows, limit,
                last -> new ArticleCursor(last.rank(), last.publishedAt(), last.id()).encode(fingerprint));
    }

    /**
     * The list's total when {@code count} asks for it: the page's size when the first page holds the whole list,
     * which saves the count, and else what {@code counter} counts.
     */
    static Long total(boolean count, ArticleCursor after, Keyset.Page<?> page, LongSupplier counter) {
        if (!count) {
            return null;
        }
        return after == null && page.next() == null ? (long) page.items().size() : counter.getAsLong();
    }
}
