package io.masthead.clients.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.masthead.client.ApiClient;
import io.masthead.client.api.ArticlesApi;
import io.masthead.client.model.Article;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A client generated from this contract must still read what a later server sends: a block type, an enum value
 * and a member that the contract does not know yet. A stub on loopback serves such an article, and the generated
 * client reads it through its whole stack (HTTP, JSON, models).
 */
class ForwardCompatibilityTest {

    @Test
    void shouldReadAnArticleWithANewBlockTypeANewEnumValueAndANewField() throws Exception {
        byte[] body;
        try (InputStream fixture = getClass().getResourceAsStream("/article-from-a-newer-server.json")) {
            body = fixture.readAllBytes();
        }
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/api/v1/articles/harbour-deal", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            ApiClient client = new ApiClient();
            client.updateBaseUri("http://127.0.0.1:" + stub.getAddress().getPort());

            Article article = new ArticlesApi(client)
                    .getArticleBySlug("harbour-deal", null, null, null, null, null, null, null).getArticle();

            assertEquals(3, article.getBlocks().size());
            assertEquals("paragraph", article.getBlocks().get(0).getType());
            assertEquals("The ministers met.", article.getBlocks().get(0).getText());
            assertEquals("chart", article.getBlocks().get(1).getType(), "an unknown block is kept, to be skipped");
            assertEquals("checklist", article.getBlocks().get(2).getStyle());
            assertEquals("planet", article.getTags().get(0).getType());
            assertEquals(OffsetDateTime.parse("2026-11-20T09:10:00+01:00"), article.getUpdatedAt());
        } finally {
            stub.stop(0);
        }
    }
}
