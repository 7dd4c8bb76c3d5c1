package io.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.masthead.error.InvalidContent;
import io.masthead.error.PayloadTooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void shouldSkipBlankLinesButCountThem() throws IOException {
        assertEquals(List.of(new NdjsonLines.Line(1, "{\"a\":1}"), new NdjsonLines.Line(4, "{\"b\":\"ä\"}")),
                read("{\"a\":1}\n\n   \n{\"b\":\"ä\"}\n", 100));
    }

    @Test
    void shouldAcceptCrLfAByteOrderMarkAndAMissingFinalLineBreak() throws IOException {
        assertEquals(List.of(new NdjsonLines.Line(1, "{}"), new NdjsonLines.Line(2, "[]")),
                read("\uFEFF{}\r\n[]", 100));
    }

    @Test
    void shouldReadLinesLongerThanItsBuffer() throws IOException {
        String longLine = "x".repeat(200_000);

        assertEquals(List.of(new NdjsonLines.Line(1, longLine), new NdjsonLines.Line(2, "y")),
                read(longLine + "\ny\n", 200_000));
    }

    @Test
    void shouldRefuseALineOverTheLimitWithItsNumber() {
        PayloadTooLarge tooLarge = assertThrows(PayloadTooLarge.class, () -> read("ok\n\n12345678901\n", 10));

        assertEquals("Line 3 is longer than 10 bytes, the most one line may hold.", tooLarge.detail());
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = "{}\n{\"a\":\"\u00e4\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(latin1), 100);

        assertEquals(new NdjsonLines.Line(1, "{}"), lines.next());
        InvalidContent invalid = assertThrows(InvalidContent.class, lines::next);
        assertEquals("line 2 is not valid UTF-8; NDJSON is UTF-8 text", invalid.errors().get(0).detail());
    }

    private static List<NdjsonLines.Line> read(String text, int maxLineBytes) throws IOException {
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                maxLineBytes);
        List<NdjsonLines.Line> read = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            read.add(line);
        }
        return read;
    }
}
