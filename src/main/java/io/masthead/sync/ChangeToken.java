package io.masthead.sync;

import io.masthead.error.InvalidParameter;
import io.masthead.http.Cursor;
import io.masthead.http.Limits;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Where a client stands in the change log: after the row at ({@code afterTime}, {@code afterId}), or at the very
 * beginning when both are null. {@code sessionStart} is the horizon of the first page of the client's replay; it
 * travels unchanged in every later token and decides whether pruned removes can matter to the client (see
 * {@link #isTooOld}). Encoded opaquely with {@link Cursor}.
 */
record ChangeToken(Instant afterTime, UUID afterId, Instant sessionStart) {
    static final String PARAMETER = "since";
    private static final String NONE = "";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** The token of a replay from the beginning whose first page is served up to {@code horizon}. */
    static ChangeToken start(Instant horizon) {
        return new ChangeToken(null, null, horizon);
    }

    /** The same session, after {@code row}. */
    ChangeToken after(ChangeRecord row) {
        return new ChangeToken(row.position, row.articleId, sessionStart);
    }

    boolean atStart() {
        return afterTime == null;
    }

    /**
     * Whether removes this client may still need were pruned. A client can hold an article only through an upsert
     * it read; when that article's remove is written later, the remove lies after the client's session start and
     * after its token. So a pruned remove matters exactly when it lies after both: a client replaying from the
     * start after the removal was written never saw the article and misses nothing. {@code prunedThrough} is the
     * latest pruned remove, so comparing with it is conservative only for removes at the token's own microsecond.
     */
    boolean isTooOld(Instant prunedThrough) {
        if (prunedThrough == null || !prunedThrough.isAfter(sessionStart)) {
            return false;
        }
        return atStart() || !prunedThrough.isBefore(afterTime);
    }

    String encode() {
        return Cursor.encode(atStart() ? NONE : Long.toString(micros(afterTime)),
                atStart() ? NONE : afterId.toString(), Long.toString(micros(sessionStart)));
    }

    /** The token named by {@code since}, or null to start from the beginning; a 400 naming since otherwise. */
    static ChangeToken decode(String since) {
        if (since == null) {
            return null;
        }
        if (since.isEmpty() || since.length() > Limits.MAX_CURSOR_LENGTH || !since.matches("[A-Za-z0-9_-]+")) {
            throw malformed();
        }
        try {
            List<String> parts = Cursor.decode(since, 3);
            Instant sessionStart = instant(parts.get(2));
            if (parts.get(0).isEmpty() && parts.get(1).isEmpty()) {
                return new ChangeToken(null, null, sessionStart);
            }
            return new ChangeToken(instant(parts.get(0)), UUID.fromString(parts.get(1)), sessionStart);
        } catch (InvalidParameter | IllegalArgumentException | ArithmeticException | DateTimeException e) {
            throw malformed();
        }
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** A time both databases can compare with; anything else was not issued here. */
    private static Instant instant(String micros) {
        Instant instant = Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("out of range");
        }
        return instant;
    }

    private static InvalidParameter malformed() {
        return new InvalidParameter(PARAMETER, "since is not a token this API issued; pass the nextToken of the "
                + "previous page unchanged, or omit since to sync from the beginning.");
    }
}
