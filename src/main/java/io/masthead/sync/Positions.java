package io.masthead.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of positions in the change log, apart from the database so that it can be checked on its own.
 *
 * <p>A position is a microsecond time (with the article id as tie-breaker). Writers take positions while they
 * hold the head row, so positions are handed out one writer at a time, but a writer commits some time after it
 * took its position. The rules below make sure that no reader ever serves a range that a writer can still add a
 * row to: a writer positions after {@code last_position} (every earlier writer has committed once it holds the
 * head) and after {@code read_horizon} (the furthest any reader has served).
 */
final class Positions {
    /** The precision both databases store; consecutive positions are at least this far apart. */
    static final long TICK_MICROS = 1;

    private Positions() {
    }

    /** The position of a writer's change: now, unless the log has already moved past now. */
    static Instant next(Instant now, Instant lastPosition, Instant readHorizon) {
        return latest(now, after(lastPosition), after(readHorizon));
    }

    /** The furthest any reader may have served. A row at or before it may be on a client already. */
    static Instant served(Instant lastPosition, Instant readHorizon) {
        return latest(lastPosition, readHorizon);
    }

    /**
     * How far a reader may serve without taking the head row: every row at or before it is committed, and no
     * writer can add one there any more. It never passes {@code now}, so that every upsert up to it is of an
     * article that is published at {@code now}.
     */
    static Instant committedHorizon(Instant lastPosition, Instant readHorizon, Instant now) {
        Instant served = served(lastPosition, readHorizon);
        return served.isBefore(now) ? served : now;
    }

    /**
     * The rows an article needs after a change made at {@code position}; they replace all its earlier rows, except
     * the one the plan keeps.
     *
     * <ul>
     *   <li>Visible at the position: one upsert there.</li>
     *   <li>Not visible: clients that may hold the article must get a remove after their token. If the latest of its
     *       rows that may have been served is a remove already, every such client is still before it, so that
     *       row is kept where it is (editing a draft does not send removes again and again). If it is an upsert, a
     *       remove at the position replaces it. If none may have been served, nobody can hold the article and no
     *       remove is needed: a draft that nobody could ever see leaves no trace.</li>
     *   <li>Scheduled after the position: also an upsert at the publication time, which readers reach exactly
     *       when the article goes live. A publication time at or before the position counts as visible.</li>
     * </ul>
     *
     * @param visibleFrom the publication time of a published (or scheduled) article; null when it is not published
     * @param earlier the article's rows before the change
     * @param served the result of {@link #served} for the head row as the writer holds it
     */
    static Plan plan(Instant position, Instant visibleFrom, List<Row> earlier, Instant served) {
        if (visibleFrom != null && !visibleFrom.isAfter(position)) {
            return new Plan(null, List.of(new Row(position, ChangeKind.UPSERT)));
        }
        Row latestServed = null;
        for (Row row : earlier) {
            if (!row.position().isAfter(served)
                    && (latestServed == null || row.position().isAfter(latestServed.position()))) {
                latestServed = row;
            }
        }
        Row keep = latestServed != null && latestServed.kind() == ChangeKind.REMOVE ? latestServed : null;
        List<Row> insert = new ArrayList<>(2);
        if (latestServed != null && keep == null) {
            insert.add(new Row(position, ChangeKind.REMOVE));
        }
        if (visibleFrom != null) {
            insert.add(new Row(visibleFrom, ChangeKind.UPSERT));
        }
        return new Plan(keep, insert);
    }

    /** What a change does to an article's rows: delete every earlier one but {@code keep}, then add {@code insert}. */
    record Plan(Row keep, List<Row> insert) {
    }

    record Row(Instant position, ChangeKind kind) {
    }

    private static Instant after(Instant position) {
        return position.plus(TICK_MICROS, ChronoUnit.MICROS);
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }
}
