package io.masthead.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an NDJSON file at line breaks into parts that each fit one import job: the server holds at most
 * {@code masthead.import.max-lines} lines and 200 MB per upload, and an archive of a million articles is about 5 GB.
 */
final class FileParts {
    private FileParts() {
    }

    /** Bytes {@code [offset, offset + length)} of the file, holding lines {@code firstLine + 1} onwards. */
    record Part(Path file, long offset, long length, long firstLine) {
        /** The part's bytes, read from disk as they are sent. */
        InputStream open() throws IOException {
            FileChannel channel = FileChannel.open(file);
            channel.position(offset);
            return new Limited(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), length);
        }
    }

    /** Parts of at most {@code maxLines} lines and, unless one line alone is longer, {@code maxBytes} bytes. */
    static List<Part> split(Path file, int maxLines, long maxBytes) throws IOException {
        List<Part> parts = new ArrayList<>();
        long start = 0;
        long firstLine = 0;
        long position = 0;
        long lines = 0;
        long lineStart = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    position++;
                    if (buffer[i] != '\n') {
                        continue;
                    }
                    // The line that ends here would make the part too long: the part ends before it.
                    if (lines > 0 && (lines == maxLines || position - start > maxBytes)) {
                        parts.add(new Part(file, start, lineStart - start, firstLine));
                        start = lineStart;
                        firstLine += lines;
                        lines = 0;
                    }
                    lines++;
                    lineStart = position;
                }
            }
        }
        // The same for a last line without a line break.
        if (position > lineStart && lines > 0 && (lines == maxLines || position - start > maxBytes)) {
            parts.add(new Part(file, start, lineStart - start, firstLine));
            start = lineStart;
            firstLine += lines;
        }
        if (position > start) {
            parts.add(new Part(file, start, position - start, firstLine));
        }
        return parts;
    }

    /** Ends after {@code remaining} bytes, and closes the file with it. */
    private static final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
