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
    private static final Instant EARLIEST = Instant.parse("-4713-11-24T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59.999999Z");

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

    /**
     * A time as a cursor part holds it ({@link Instant#toString()}), within the range that both databases store:
     * PostgreSQL's timestamptz (4714 BC to 294276 AD) is the narrower. Anything else is a 400.
     */
    public static Instant instantPart(String part) {
        try {
            Instant instant = Instant.parse(part);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST) || !instant.toString().equals(part)) {
                throw Cursor.malformed();
            }
            return instant;
        } catch (DateTimeException e) {
            throw Cursor.malformed();
        }
    }

    /** An id as a cursor part holds it ({@link UUID#toString()}); anything else is a 400. */
    public static UUID uuidPart(String part) {
        try {
            UUID id = UUID.fromString(part);
            if (!id.toString().equals(part)) {
                throw Cursor.malformed();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw Cursor.malformed();
        }
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
            return new TimeAndId(instantPart(parts.get(0)), uuidPart(parts.get(1)));
        }
    }
}
