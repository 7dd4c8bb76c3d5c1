package io.masthead.clients.kotlin

import com.sun.net.httpserver.HttpServer
import io.masthead.client.apis.ArticlesApi
import io.masthead.client.infrastructure.ApiClient
import io.masthead.client.models.Article
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.net.InetAddress
import java.net.InetSocketAddress
import java.time.OffsetDateTime

/**
 * A client generated from this contract must still read what a later server sends: a block type, an enum value
 * and a member that the contract does not know yet. A stub on loopback serves such an article, and the generated
 * client reads it through its whole stack (Retrofit, OkHttp, Gson, models).
 */
class ForwardCompatibilityTest {

    @Test
    fun shouldReadAnArticleWithANewBlockTypeANewEnumValueAndANewField() {
        val body = javaClass.getResourceAsStream("/article-from-a-newer-server.json")!!.use { it.readAllBytes() }
        val stub = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
        stub.createContext("/api/v1/articles/harbour-deal") { exchange ->
            exchange.responseHeaders.add("Content-Type", "application/json")
            exchange.sendResponseHeaders(200, body.size.toLong())
            exchange.responseBody.write(body)
            exchange.close()
        }
        stub.start()
        try {
            val articles = ApiClient(baseUrl = "http://127.0.0.1:${stub.address.port}")
                .createService(ArticlesApi::class.java)

            val response = articles.getArticleBySlug("harbour-deal").execute()

            assertEquals(200, response.code(), response.errorBody()?.string())
            val article = response.body()!!.actualInstance as Article
            assertEquals(3, article.blocks.size)
            assertEquals("paragraph", article.blocks[0].type)
            assertEquals("The ministers met.", article.blocks[0].text)
            assertEquals("chart", article.blocks[1].type, "an unknown block is kept, to be skipped")
            assertEquals("checklist", article.blocks[2].style)
            assertEquals("planet", article.tags[0].type)
            assertEquals(OffsetDateTime.parse("2026-11-20T09:10:00+01:00"), article.updatedAt)
        } finally {
            stub.stop(0)
        }
    }
}
