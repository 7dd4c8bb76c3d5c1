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
        assertEquals(List.of(new Positions.Row(T, ChangeKind.UPSERT)),
                Positions.rowsFor(T, T.minusSeconds(60), true));
        assertEquals(List.of(new Positions.Row(T, ChangeKind.UPSERT)), Positions.rowsFor(T, T, false));
    }

    @Test
    void shouldRemoveAHiddenArticleOnlyWhenAClientMayHoldIt() {
        assertEquals(List.of(new Positions.Row(T, ChangeKind.REMOVE)), Positions.rowsFor(T, null, true));
        assertEquals(List.of(), Positions.rowsFor(T, null, false));
    }

    @Test
    void shouldUpsertAScheduledArticleAtItsPublicationTime() {
        Instant later = T.plusSeconds(3600);
        assertEquals(List.of(new Positions.Row(later, ChangeKind.UPSERT)), Positions.rowsFor(T, later, false));
        assertEquals(List.of(new Positions.Row(T, ChangeKind.REMOVE), new Positions.Row(later, ChangeKind.UPSERT)),
                Positions.rowsFor(T, later, true));
    }

    @Test
    void shouldTreatAPublicationTimeThatTheLogHasPassedAsImmediate() {
        Instant position = micros(T, 10);
        assertEquals(List.of(new Positions.Row(position, ChangeKind.UPSERT)),
                Positions.rowsFor(position, micros(T, 5), true));
    }

    private static Instant micros(Instant instant, long micros) {
        return instant.plusNanos(micros * 1000);
    }
}
