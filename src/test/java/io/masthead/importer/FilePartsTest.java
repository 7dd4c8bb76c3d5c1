package io.masthead.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePartsTest {
    @TempDir
    Path dir;

    @Test
    void shouldCutAtLineBreaksEveryMaxLinesAndKeepEveryByte() throws IOException {
        Path file = write("{\"a\":1}\n\n{\"a\":3}\n{\"a\":4}\r\n{\"a\":5}");

        List<FileParts.Part> parts = FileParts.split(file, 2, 1_000);

        assertEquals(List.of("{\"a\":1}\n\n", "{\"a\":3}\n{\"a\":4}\r\n", "{\"a\":5}"), texts(parts));
        assertEquals(List.of(0L, 2L, 4L), parts.stream().map(FileParts.Part::firstLine).toList());
    }

    @Test
    void shouldCutBeforeTheLineThatWouldExceedTheBytesButKeepALongLineWhole() throws IOException {
        String longLine = "{\"text\":\"" + "ü".repeat(40) + "\"}";
        Path file = write("{\"a\":1}\n{\"a\":2}\n" + longLine + "\n{\"a\":4}\n");

        List<FileParts.Part> parts = FileParts.split(file, 100, 20);

        assertEquals(List.of("{\"a\":1}\n{\"a\":2}\n", longLine + "\n", "{\"a\":4}\n"), texts(parts));
        assertEquals(List.of(0L, 2L, 3L), parts.stream().map(FileParts.Part::firstLine).toList());
    }

    @Test
    void shouldKeepASmallFileInOnePartAndAnEmptyFileInNone() throws IOException {
        assertEquals(List.of("{}\n{}\n"), texts(FileParts.split(write("{}\n{}\n"), 2, 1_000)));
        assertEquals(List.of(), texts(FileParts.split(write(""), 2, 1_000)));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("lines.ndjson"), text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<FileParts.Part> parts) throws IOException {
        List<String> texts = new ArrayList<>();
        for (FileParts.Part part : parts) {
            try (InputStream in = part.open()) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
