package io.masthead.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A webhook receiver on loopback that records every request and answers 500 as often as it is told to. */
final class Receiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() {
        try {
            Receiver receiver = new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.createContext("/hook", receiver::handle);
            receiver.server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers 500 to the next {@code count} requests, then 200 again. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** The requests about one article: the suite shares the database, so others publish too. */
    List<Request> about(String articleId) {
        return requests.stream().filter(request -> articleId.equals(request.json().getString("article.id"))).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
        requests.add(new Request(Instant.now(), exchange.getRequestMethod(), exchange.getRequestHeaders(), body));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    record Request(Instant receivedAt, String method, Headers headers, String body) {
        String header(String name) {
            return headers.getFirst(name);
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }
}
