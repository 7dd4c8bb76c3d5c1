package io.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void shouldShowCountsPercentAndFailures() {
        assertEquals("[############..................]  4,210/10,000  42.1%  failed 3",
                ProgressBar.line(4_210, 10_000, 42.1, 3));
        assertEquals("[##############################]  10,000/10,000  100.0%  failed 0",
                ProgressBar.line(10_000, 10_000, 100, 0));
    }

    @Test
    void shouldRedrawInPlaceAndWipeLeftovers() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(terminal, true, StandardCharsets.UTF_8));

        bar.draw(5, 10, 50, 12);
        bar.draw(6, 10, 60, 0);
        bar.finish();

        String first = ProgressBar.line(5, 10, 50, 12);
        String second = ProgressBar.line(6, 10, 60, 0);
        assertEquals("\r" + first + "\r" + second + " ".repeat(first.length() - second.length())
                + System.lineSeparator(), terminal.toString(StandardCharsets.UTF_8));
    }
}
