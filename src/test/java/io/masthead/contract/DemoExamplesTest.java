package io.masthead.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.testing.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI's "Try it out" sends the contract's examples. In dev mode the database holds the demo publication
 * (demo/content.json), so every slug, tag, section, author and media id that an example names must be there;
 * otherwise a new user's first request is a 404 or a 422.
 */
class DemoExamplesTest {
    private final JsonNode contract = Contract.get().document();
    private final JsonNode demo = readDemo();
    private final List<String> failures = new ArrayList<>();
    private int checked;

    @Test
    void shouldNameOnlyDemoContentInTheDeliveryApisParameterExamples() {
        Set<String> tags = values(demo.path("tags"), "slug");
        Set<String> sections = values(demo.path("sections"), "slug");
        Set<String> media = values(demo.path("media"), "id");
        Set<String> authors = new HashSet<>();
        for (JsonNode article : publishedArticles()) {
            article.path("content").path("contributors").forEach(person -> authors.add(person.path("name").asText()));
        }

        contract.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/v1/")) {
                return;
            }
            path.getValue().fields().forEachRemaining(operation -> {
                String at = operation.getKey().toUpperCase() + " " + path.getKey();
                Map<String, JsonNode> examples = parameterExamples(operation.getValue());
                JsonNode slug = examples.get("slug");
                if (slug != null && path.getKey().startsWith("/api/v1/articles/")) {
                    expectArticle(at, slug.asText(), examples.get("lang"));
                }
                if (slug != null && path.getKey().startsWith("/api/v1/tags/")) {
                    expect(at + " slug", slug.asText(), tags);
                }
                if (examples.containsKey("tag")) {
                    JsonNode tag = examples.get("tag");
                    (tag.isArray() ? tag : List.of(tag)).forEach(one -> expect(at + " tag", one.asText(), tags));
                }
                if (examples.containsKey("section")) {
                    expect(at + " section", examples.get("section").asText(), sections);
                }
                if (examples.containsKey("author")) {
                    expect(at + " author", examples.get("author").asText(), authors);
                }
                if (examples.containsKey("id") && path.getKey().startsWith("/api/v1/media/")) {
                    expect(at + " id", examples.get("id").asText(), media);
                }
            });
        });

        assertEquals(List.of(), failures);
        assertTrue(checked >= 15, "only " + checked + " examples were checked; the walk is broken");
    }

    @Test
    void shouldCreateTheArticleOfTheRequestExampleFromDemoReferences() {
        JsonNode article = contract.at("/components/examples/ArticleContent/value");

        expect("section", article.path("section").asText(), values(demo.path("sections"), "slug"));
        article.path("tags").forEach(tag -> expect("tag", tag.asText(), values(demo.path("tags"), "slug")));
        expect("hero", article.path("hero").path("mediaId").asText(), values(demo.path("media"), "id"));
        // Its slug (given or derived from the headline) must be free, or the create is a 409.
        Set<String> slugs = new HashSet<>();
        demo.path("articles").forEach(a -> slugs.add(a.path("content").path("slug").asText()));
        assertTrue(!article.has("slug") || !slugs.contains(article.path("slug").asText()));

        assertEquals(List.of(), failures);
        assertTrue(checked >= 3);
    }

    private void expectArticle(String at, String slug, JsonNode lang) {
        checked++;
        boolean found = publishedArticles().stream().anyMatch(article -> slug.equals(
                article.path("content").path("slug").asText())
                && (lang == null || lang.asText().equals(article.path("content").path("language").asText())));
        if (!found) {
            failures.add(at + ": no published demo article " + slug + (lang == null ? "" : " in " + lang.asText()));
        }
    }

    private void expect(String at, String value, Set<String> demoValues) {
        checked++;
        if (!demoValues.contains(value)) {
            failures.add(at + ": " + value + " is not in the demo content");
        }
    }

    /** The example of each parameter, by name; parameters may be references to components. */
    private Map<String, JsonNode> parameterExamples(JsonNode operation) {
        Map<String, JsonNode> examples = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.has("$ref")) {
                parameter = contract.at(parameter.get("$ref").asText().substring(1));
            }
            JsonNode example = parameter.has("example") ? parameter.get("example")
                    : parameter.path("schema").path("examples").path(0);
            if (!example.isMissingNode()) {
                examples.put(parameter.path("name").asText(), example);
            }
        }
        return examples;
    }

    private List<JsonNode> publishedArticles() {
        List<JsonNode> published = new ArrayList<>();
        demo.path("articles").forEach(article -> {
            if ("published".equals(article.path("status").asText()) && !article.hasNonNull("publishIn")) {
                published.add(article);
            }
        });
        return published;
    }

    private static Set<String> values(JsonNode items, String field) {
        Set<String> values = new HashSet<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static JsonNode readDemo() {
        try (InputStream in = DemoExamplesTest.class.getClassLoader().getResourceAsStream("demo/content.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
