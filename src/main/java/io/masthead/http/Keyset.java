package io.masthead.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination: every list query fetches one row more than the page holds, and that extra row only tells
 * whether a next page exists. The cursor then names the sort key of the page's last item.
 */
public final class Keyset {
    private Keyset() {
    }

    /** How many rows a query fetches for a page of {@code limit} items. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    /** The page cut from {@code fetched}, with the cursor after its last item when more rows follow. */
    public static <T> Page<T> page(List<T> fetched, int limit, Function<T, String> cursorAfter) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorAfter.apply(items.get(limit - 1)));
    }

    public record Page<T>(List<T> items, String next) {
    }

    /** The single sort key (a slug, a number) a cursor names, or null for the first page. */
    public static String decodeKey(String cursor) {
        return cursor == null ? null : Cursor.decode(cursor, 1).get(0);
    }

    /** A position in a list sorted by a time, then by id for the items that share it. */
    public record TimeAndId(Instant time, UUID id) {
        public String encode() {
            return Cursor.encode(time.toString(), id.toString());
        }

        /** The position a cursor names, or null for the first page. */
        public static TimeAndId decode(String cursor) {
            if (cursor == null) {
                return null;
            }
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                return new TimeAndId(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw Cursor.malformed();
            }
        }
    }
}
