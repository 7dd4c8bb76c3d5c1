package io.masthead.importer;

import io.masthead.error.InvalidContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of an NDJSON stream as they arrive, holding at most one line in memory, and refuses a line
 * longer than the limit before reading the rest of it. Blank lines are skipped but counted, so that line
 * numbers match the file.
 */
final class NdjsonLines {
    private static final byte NEWLINE = '\n';
    private static final byte CARRIAGE_RETURN = '\r';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
    private int position;
    private int limit;
    private int lineNo;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next non-blank line, or null at the end of the stream. */
    Line next() throws IOException {
        while (readLine()) {
            lineNo++;
            String text = decode();
            if (lineNo == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                return new Line(lineNo, text);
            }
        }
        return null;
    }

    /** How many lines (blank ones included) were read completely. */
    int linesRead() {
        return lineNo;
    }

    /** Reads up to the next line break into {@link #line}; false at the end of the stream. */
    private boolean readLine() throws IOException {
        line.reset();
        boolean read = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(0, in.read(buffer));
                position = 0;
                if (limit == 0) {
                    return read;
                }
            }
            read = true;
            int start = position;
            while (position < limit && buffer[position] != NEWLINE) {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return true;
            }
        }
    }

    private void append(int start, int length) {
        // One byte of slack for the carriage return of a CRLF line break.
        if (line.size() + length > maxLineBytes + 1) {
            throw ImportTooLarge.line(lineNo + 1, maxLineBytes);
        }
        line.write(buffer, start, length);
    }

    private String decode() {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
        if (length > maxLineBytes) {
            throw ImportTooLarge.line(lineNo, maxLineBytes);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidContent.of("#", "line " + lineNo + " is not valid UTF-8; NDJSON is UTF-8 text");
        }
    }

    /** A line of the upload and its number in the file, counting from 1. */
    record Line(int number, String text) {
    }
}
