package io.masthead.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionsTest {
    private static final Instant T = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void shouldPositionAtNowWhenTheLogIsBehindIt() {
        assertEquals(T, Positions.next(T, T.minusSeconds(5), T.minusSeconds(1)));
    }

    @Test
    void shouldPositionAfterTheLastPositionAndTheReadHorizonWhenAClockIsBehind() {
        assertEquals(micros(T, 1), Positions.next(T.minusSeconds(2), T, T.minusSeconds(1)));
        assertEquals(micros(T, 1), Positions.next(T.minusSeconds(2), T.minusSeconds(1), T));
        assertEquals(micros(T, 1), Positions.next(T, T, T));
    }

    @Test
    void shouldServeUpToTheCommittedPositionsButNeverPastNow() {
        assertEquals(T, Positions.committedHorizon(T.minusSeconds(3), T, T.plusSeconds(1)));
        assertEquals(T, Positions.committedHorizon(T, T.minusSeconds(3), T.plusSeconds(1)));
        assertEquals(T, Positions.committedHorizon(T.plusSeconds(5), T.plusSeconds(4), T));
    }

    @Test
    void shouldUpsertAnArticleThatIsVisibleAtItsPosition() {
        assertEquals(plan(null, upsert(T)), Positions.plan(T, T.minusSeconds(60), List.of(remove(T.minusSeconds(9))), T));
        assertEquals(plan(null, upsert(T)), Positions.plan(T, T, List.of(), T));
    }

    @Test
    void shouldRemoveAHiddenArticleOnlyWhenAClientMayHoldIt() {
        Instant earlier = T.minusSeconds(10);
        assertEquals(plan(null, remove(T)), Positions.plan(T, null, List.of(upsert(earlier)), earlier));
        assertEquals(plan(null), Positions.plan(T, null, List.of(), earlier));
        assertEquals(plan(null), Positions.plan(T, null, List.of(upsert(T.plusSeconds(60))), earlier),
                "a scheduled publication nobody reached yet");
    }

    @Test
    void shouldKeepARemoveThatIsTheLatestServedRowOfAnArticleThatStaysHidden() {
        Instant removed = T.minusSeconds(10);
        assertEquals(plan(remove(removed)), Positions.plan(T, null, List.of(remove(removed)), removed));
        assertEquals(plan(remove(removed), upsert(T.plusSeconds(60))),
                Positions.plan(T, T.plusSeconds(60), List.of(remove(removed), upsert(T.plusSeconds(30))), removed));
    }

    @Test
    void shouldRemoveAgainWhenAnUpsertWasServedAfterTheRemove() {
        Instant removed = T.minusSeconds(10);
        Instant wentLive = T.minusSeconds(5);
        assertEquals(plan(null, remove(T)),
                Positions.plan(T, null, List.of(remove(removed), upsert(wentLive)), T.minusSeconds(1)));
    }

    @Test
    void shouldUpsertAScheduledArticleAtItsPublicationTime() {
        Instant later = T.plusSeconds(3600);
        assertEquals(plan(null, upsert(later)), Positions.plan(T, later, List.of(), T));
        assertEquals(plan(null, remove(T), upsert(later)),
                Positions.plan(T, later, List.of(upsert(T.minusSeconds(1))), T.minusSeconds(1)));
    }

    @Test
    void shouldTreatAPublicationTimeThatTheLogHasPassedAsImmediate() {
        Instant position = micros(T, 10);
        assertEquals(plan(null, upsert(position)), Positions.plan(position, micros(T, 5), List.of(), T));
    }

    private static Positions.Plan plan(Positions.Row keep, Positions.Row... insert) {
        return new Positions.Plan(keep, List.of(insert));
    }

    private static Positions.Row upsert(Instant at) {
        return new Positions.Row(at, ChangeKind.UPSERT);
    }

    private static Positions.Row remove(Instant at) {
        return new Positions.Row(at, ChangeKind.REMOVE);
    }

    private static Instant micros(Instant instant, long micros) {
        return instant.plusNanos(micros * 1000);
    }
}
