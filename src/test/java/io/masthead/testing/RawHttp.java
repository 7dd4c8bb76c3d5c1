package io.masthead.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for what REST Assured cannot send: chunked bodies of any size streamed as they
 * are made, bodies that declare more than they hold, request lines of any length. The reply is read while the
 * body is still being written, as a browser or curl does, so an early answer (413) is seen even when the server
 * stops reading and closes the connection.
 */
public final class RawHttp {
    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    /** Writes the body of a request. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A reply; header names in lower case. {@code closed} tells whether the server closed the connection after it. */
    public record Reply(int status, Map<String, String> headers, String body, boolean closed) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request head: the request line and headers, each without its line break. */
    public static String head(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n")
                .append("Host: 127.0.0.1:").append(RestAssured.port).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** A chunked body: {@code prefix}, then {@code fill} bytes up to {@code total} bytes, then {@code suffix}. */
    public static Body chunked(String prefix, byte fill, long total, String suffix) {
        return out -> {
            writeChunk(out, prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, fill);
            long remaining = total - prefix.length() - suffix.length();
            while (remaining > 0) {
                int size = (int) Math.min(CHUNK, remaining);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                remaining -= size;
            }
            writeChunk(out, suffix.getBytes(StandardCharsets.UTF_8));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        };
    }

    /** The same chunk, {@code times} times over, as a chunked body. */
    public static Body repeatedChunks(byte[] chunk, int times) {
        return out -> {
            for (int i = 0; i < times; i++) {
                writeChunk(out, chunk);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        };
    }

    /** No body at all, for a request whose head alone must be answered. */
    public static Body nothing() {
        return out -> { };
    }

    /** Plain bytes, written as they are (for a body with a Content-Length). */
    public static Body bytes(byte[] bytes) {
        return out -> {
            out.write(bytes);
            out.flush();
        };
    }

    public static Reply send(String head, Body body) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                } catch (IOException e) {
                    // The server stopped reading and closed the connection: what a refused body expects.
                }
            });
            writer.start();
            Reply reply = read(socket.getInputStream());
            socket.close();
            writer.join();
            return reply;
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        if (data.length > 0) {
            out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(data);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8), closed(in));
    }

    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(line(in).strip(), 16);
    }

    /** Whether the server closed the connection; requests that expect it to stay open send Connection: close. */
    private static boolean closed(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException e) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("The connection ended inside a line: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
