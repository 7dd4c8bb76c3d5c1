package io.masthead.clients.kotlin

import io.masthead.client.apis.ArticlesApi
import io.masthead.client.apis.ManageArticlesApi
import io.masthead.client.infrastructure.ApiClient
import io.masthead.client.infrastructure.Serializer
import io.masthead.client.models.Article
import io.masthead.client.models.ArticleContent
import io.masthead.client.models.ArticleSummary
import io.masthead.client.models.BlockInput
import io.masthead.client.models.HeadingBlockInput
import io.masthead.client.models.ParagraphBlockInput
import io.masthead.client.models.Problem
import io.masthead.client.models.PublishRequest
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeFalse
import org.junit.jupiter.api.Test
import retrofit2.Response
import java.util.UUID

/**
 * What a mobile app does with the generated Kotlin client, against a live server: `.ci/clients.sh` passes
 * `-Dmasthead.baseUrl` and `-Dmasthead.token` (an admin key). Without them there is no server to talk to and the
 * test is skipped; the forward-compatibility test runs either way.
 */
class RoundTripTest {
    private val baseUrl = System.getProperty("masthead.baseUrl", "")
    private val token = System.getProperty("masthead.token", "")

    @Test
    fun shouldPublishAnArticleAndReadItBackWithTypedBlocks() {
        assumeFalse(baseUrl.isBlank(), "no server given (-Dmasthead.baseUrl)")
        val client = ApiClient(baseUrl = baseUrl, authName = "apiKey", bearerToken = token)
        val manage = client.createService(ManageArticlesApi::class.java)
        val delivery = client.createService(ArticlesApi::class.java)
        val run = UUID.randomUUID().toString().substring(0, 8)
        val slug = "kotlin-client-$run"
        val content = ArticleContent(
            language = "en",
            slug = slug,
            headline = "Kotlin client round trip $run",
            blocks = listOf(
                BlockInput(HeadingBlockInput(type = HeadingBlockInput.Type.heading, text = "Harbour", level = 2)),
                BlockInput(ParagraphBlockInput(type = ParagraphBlockInput.Type.paragraph,
                    html = "The <b>ministers</b> met.")),
            ),
        )

        val key = "kotlin-client-$run"
        val created = manage.createArticle(content, idempotencyKey = key).execute()
        val replayed = manage.createArticle(content, idempotencyKey = key).execute()

        assertEquals(201, created.code(), created.errorBody()?.string())
        val id = created.body()!!.id
        val etag = created.headers()["ETag"]
        assertNotNull(etag, "the create answers with the version's ETag")
        assertTrue(created.headers()["Location"]!!.endsWith("/$id"))
        assertEquals(id, replayed.body()!!.id, "the retry is the same article")
        assertEquals("true", replayed.headers()["Idempotent-Replayed"])

        // A missing optional body would go out as the JSON text null, which the strict reader refuses.
        val published = manage.publishArticle(id, etag!!, publishRequest = PublishRequest()).execute()
        assertEquals(200, published.code(), published.errorBody()?.string())
        assertEquals("published", published.body()!!.status)
        assertNotEquals(etag, published.headers()["ETag"], "publishing makes a new version")

        val seen = mutableSetOf<UUID>()
        var cursor: String? = null
        var pages = 0
        do {
            val page = delivery.listArticles(cursor = cursor, lang = "en", limit = 2).execute().body()!!
            page.items.map { (it.actualInstance as ArticleSummary).id }
                .forEach { assertTrue(seen.add(it), "no article twice across pages") }
            cursor = page.nextCursor
            pages++
        } while (cursor != null && pages < 3)
        assertTrue(pages > 1 || seen.contains(id), "followed the cursor to a second page")

        val read = delivery.getArticleBySlug(slug, lang = "en").execute()
        val blocks = (read.body()!!.actualInstance as Article).blocks
        assertEquals("heading", blocks[0].type)
        assertEquals(2, blocks[0].level)
        assertEquals("paragraph", blocks[1].type)
        assertEquals("The ministers met.", blocks[1].text)

        val notModified = delivery.getArticleBySlug(slug, lang = "en", ifNoneMatch = read.headers()["ETag"]).execute()
        assertEquals(304, notModified.code(), "a 304 is a response, not an error")
        assertNull(notModified.body())

        val missing = problem(delivery.getArticleBySlug("no-such-article-$run", lang = "en").execute())
        assertEquals(404, missing.status)
        assertTrue(missing.requestId.isNotBlank())
        assertNull(missing.errors)

        val bad = problem(delivery.listArticles(lang = "en", limit = 5000).execute())
        assertEquals(400, bad.status)
        assertTrue(bad.errors!!.any { it.parameter == "limit" }, bad.toString())
    }

    private fun problem(response: Response<*>): Problem {
        assertEquals("application/problem+json", response.errorBody()!!.contentType()!!.let { "${it.type}/${it.subtype}" })
        return Serializer.gson.fromJson(response.errorBody()!!.string(), Problem::class.java)
    }
}
