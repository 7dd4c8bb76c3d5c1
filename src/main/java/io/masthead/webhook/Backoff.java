package io.masthead.webhook;

import java.time.Duration;

/** When to try a failed delivery again. */
final class Backoff {
    static final double MAX_JITTER = 0.2;
    /** Beyond this many doublings the wait is already years; the cap keeps the shift from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    private Backoff() {
    }

    /**
     * The wait after the given number of failed attempts: the initial backoff, doubled after each further
     * failure, plus up to 20% so that the retries of many deliveries to a receiver that was down spread out.
     *
     * @param random uniformly distributed in [0, 1)
     */
    static Duration after(int failures, Duration initial, double random) {
        long base = initial.toMillis() << Math.min(Math.max(failures - 1, 0), MAX_DOUBLINGS);
        return Duration.ofMillis(base + (long) (base * MAX_JITTER * random));
    }
}
