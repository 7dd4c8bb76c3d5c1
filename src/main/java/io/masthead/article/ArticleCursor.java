package io.masthead.article;

import io.masthead.http.Cursor;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The position after the last article of a page, in the list's order: newest first, then by id. */
public record ArticleCursor(Instant publishedAt, UUID id) {

    public static ArticleCursor after(Article last) {
        return new ArticleCursor(last.publishedAt.instant, last.id);
    }

    public String encode() {
        return Cursor.encode(publishedAt.toString(), id.toString());
    }

    public static ArticleCursor decode(String cursor) {
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            return new ArticleCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw Cursor.malformed();
        }
    }
}
