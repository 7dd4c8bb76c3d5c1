package io.masthead.clients.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.client.ApiClient;
import io.masthead.client.ApiException;
import io.masthead.client.ApiResponse;
import io.masthead.client.api.ArticlesApi;
import io.masthead.client.api.ManageArticlesApi;
import io.masthead.client.model.ArticleContent;
import io.masthead.client.model.ArticlePage;
import io.masthead.client.model.Block;
import io.masthead.client.model.BlockInput;
import io.masthead.client.model.GetArticleById200Response;
import io.masthead.client.model.HeadingBlockInput;
import io.masthead.client.model.ManagedArticle;
import io.masthead.client.model.ParagraphBlockInput;
import io.masthead.client.model.Problem;
import io.masthead.client.model.PublishRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What a mobile app does with the generated Java client, against a live server: {@code .ci/clients.sh} passes
 * {@code -Dmasthead.baseUrl} and {@code -Dmasthead.token} (an admin key). Without them there is no server to talk
 * to and the test is skipped; the forward-compatibility test runs either way.
 */
class RoundTripTest {
    private static final String BASE_URL = System.getProperty("masthead.baseUrl", "");
    private static final String TOKEN = System.getProperty("masthead.token", "");

    @Test
    void shouldPublishAnArticleAndReadItBackWithTypedBlocks() throws Exception {
        Assumptions.assumeFalse(BASE_URL.isBlank(), "no server given (-Dmasthead.baseUrl)");
        ApiClient client = new ApiClient();
        client.updateBaseUri(BASE_URL);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
        ManageArticlesApi manage = new ManageArticlesApi(client);
        ArticlesApi delivery = new ArticlesApi(client);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "java-client-" + run;
        ArticleContent content = new ArticleContent().language("en").slug(slug)
                .headline("Java client round trip " + run)
                .blocks(List.of(
                        new BlockInput(new HeadingBlockInput().type(HeadingBlockInput.TypeEnum.HEADING).level(2)
                                .text("Harbour")),
                        new BlockInput(new ParagraphBlockInput().type(ParagraphBlockInput.TypeEnum.PARAGRAPH)
                                .html("The <b>ministers</b> met."))));

        String key = "java-client-" + run;
        ApiResponse<ManagedArticle> created = manage.createArticleWithHttpInfo(content, null, key, null);
        ApiResponse<ManagedArticle> replayed = manage.createArticleWithHttpInfo(content, null, key, null);

        assertEquals(201, created.getStatusCode());
        String etag = header(created, "ETag");
        assertNotNull(etag, "the create answers with the version's ETag");
        assertTrue(header(created, "Location").endsWith("/" + created.getData().getId()));
        assertEquals(created.getData().getId(), replayed.getData().getId(), "the retry is the same article");
        assertEquals("true", header(replayed, "Idempotent-Replayed"));

        // The generated client sends a missing optional body as the JSON text null, which the strict reader refuses.
        ApiResponse<ManagedArticle> published = manage.publishArticleWithHttpInfo(created.getData().getId(), etag,
                null, new PublishRequest());
        assertEquals("published", published.getData().getStatus());
        assertFalse(etag.equals(header(published, "ETag")), "publishing makes a new version");

        Set<UUID> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            ArticlePage page = delivery.listArticles(null, null, cursor, null, null, "en", 2, null, null, null, null,
                    null, null, null, null, null);
            page.getItems().forEach(item -> assertTrue(seen.add(item.getArticleSummary().getId()),
                    "no article twice across pages"));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null && pages < 3);
        assertTrue(pages > 1 || seen.contains(created.getData().getId()), "followed the cursor to a second page");

        ApiResponse<GetArticleById200Response> read = delivery.getArticleBySlugWithHttpInfo(slug, null, null, null,
                "en", null, null, null);
        List<Block> blocks = read.getData().getArticle().getBlocks();
        assertEquals("heading", blocks.get(0).getType());
        assertEquals(2, blocks.get(0).getLevel());
        assertEquals("paragraph", blocks.get(1).getType());
        assertEquals("The ministers met.", blocks.get(1).getText());

        ApiException notModified = assertThrows(ApiException.class, () ->
                delivery.getArticleBySlugWithHttpInfo(slug, null, null, null, "en", null, null, header(read, "ETag")));
        assertEquals(304, notModified.getCode(), "the generated client reports 304 as an exception with its code");

        Problem missing = problem(client, assertThrows(ApiException.class,
                () -> delivery.getArticleBySlug("no-such-article-" + run, null, null, null, "en", null, null, null)));
        assertEquals(404, missing.getStatus());
        assertNotNull(missing.getRequestId());

        Problem bad = problem(client, assertThrows(ApiException.class,
                () -> delivery.listArticles(null, null, null, null, null, "en", 5000, null, null, null, null, null,
                        null, null, null, null)));
        assertEquals(400, bad.getStatus());
        assertTrue(bad.getErrors().stream().anyMatch(error -> "limit".equals(error.getParameter())), bad.toString());
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0)).findFirst().orElse(null);
    }

    private static Problem problem(ApiClient client, ApiException failure) throws Exception {
        return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
    }
}
