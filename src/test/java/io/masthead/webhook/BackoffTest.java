package io.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration INITIAL = Duration.ofSeconds(30);

    @Test
    void shouldDoubleTheWaitAfterEveryFailure() {
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, INITIAL, 0));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, INITIAL, 0));
        assertEquals(Duration.ofMinutes(32), Backoff.after(7, INITIAL, 0));
    }

    @Test
    void shouldAddAtMostTwentyPercentJitter() {
        assertEquals(Duration.ofSeconds(36), Backoff.after(1, INITIAL, 1.0));
        assertEquals(Duration.ofSeconds(66), Backoff.after(2, INITIAL, 0.5));
    }

    @Test
    void shouldNotOverflowAfterVeryManyFailures() {
        assertEquals(Backoff.after(31, INITIAL, 0), Backoff.after(1000, INITIAL, 0));
    }
}
