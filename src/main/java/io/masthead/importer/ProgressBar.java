package io.masthead.importer;

import java.io.PrintStream;
import java.util.Locale;

/** The import's progress as one line on a terminal, redrawn in place with a carriage return. */
final class ProgressBar {
    static final int WIDTH = 30;

    private final PrintStream terminal;
    private int drawnLength;

    ProgressBar(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** {@code [#######.....]  4,210/10,000  42.1%  failed 3} */
    static String line(long processed, long total, double percent, long failed) {
        int filled = total == 0 ? 0 : (int) Math.min(WIDTH, processed * WIDTH / total);
        return String.format(Locale.ROOT, "[%s%s]  %s/%s  %.1f%%  failed %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), grouped(processed), grouped(total), percent, grouped(failed));
    }

    void draw(long processed, long total, double percent, long failed) {
        String line = line(processed, total, percent, failed);
        // Spaces wipe what is left of a longer earlier line.
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        terminal.flush();
        drawnLength = line.length();
    }

    /** Leaves the last state on screen and moves to the next line. */
    void finish() {
        if (drawnLength > 0) {
            terminal.println();
        }
    }

    static String grouped(long number) {
        return String.format(Locale.US, "%,d", number);
    }
}
