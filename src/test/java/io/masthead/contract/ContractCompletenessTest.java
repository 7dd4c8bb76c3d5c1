package io.masthead.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.testing.Contract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The committed contract is complete: an integrator who reads only it finds every operation, parameter, body,
 * response and field described, with examples. It also proves that the build-time filter ran, because SmallRye
 * drops a failing filter's work without a word.
 */
class ContractCompletenessTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private final Contract contract = Contract.get();
    private final JsonNode document = contract.document();

    @Test
    void shouldDescribeEveryOperation() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> {
            for (String member : List.of("operationId", "summary", "description")) {
                if (operation.path(member).asText().isBlank()) {
                    gaps.add(where + " has no " + member);
                }
            }
            if (operation.path("tags").isEmpty()) {
                gaps.add(where + " has no tags");
            }
            if (where.contains(" /manage/") && operation.path("security").isEmpty()) {
                gaps.add(where + " has no security requirement");
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldDescribeEveryParameterWithAnExample() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                String name = where + " parameter " + resolved.path("name").asText();
                if (resolved.path("description").asText().isBlank()) {
                    gaps.add(name + " has no description");
                }
                if (!resolved.has("example") && !resolved.has("examples")
                        && !resolve(resolved.path("schema")).has("examples")) {
                    gaps.add(name + " has no example");
                }
            }
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldShowAnExampleOfEveryRequestBody() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> operation.path("requestBody").path("content").fields()
                .forEachRemaining(media -> {
                    JsonNode schema = resolve(media.getValue().path("schema"));
                    if (!media.getValue().has("example") && !media.getValue().has("examples")
                            && !schema.has("examples") && !schema.has("properties")) {
                        gaps.add(where + " body " + media.getKey() + " has no example");
                    }
                }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldAnswerEveryErrorWithAProblemAndDeclareRateLimits() {
        List<String> gaps = new ArrayList<>();
        forEachOperation((where, operation) -> operation.path("responses").fields().forEachRemaining(entry -> {
            String status = entry.getKey();
            JsonNode response = resolve(entry.getValue());
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode schema = response.path("content").path("application/problem+json").path("schema");
                if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                    gaps.add(where + " " + status + " is not a Problem");
                }
            }
            if ((status.startsWith("2") || status.startsWith("4"))
                    && !response.path("headers").has("RateLimit-Limit")) {
                gaps.add(where + " " + status + " declares no RateLimit headers");
            }
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void shouldDescribeEverySchemaAndProperty() {
        List<String> gaps = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(entry -> {
            JsonNode schema = entry.getValue();
            if (schema.path("description").asText().isBlank()) {
                gaps.add(entry.getKey() + " has no description");
            }
            schema.path("properties").fields().forEachRemaining(property -> {
                String name = entry.getKey() + "." + property.getKey();
                JsonNode value = property.getValue();
                if (value.path("description").asText().isBlank()) {
                    gaps.add(name + " has no description");
                }
                boolean scalar = !value.has("$ref") && !value.has("oneOf") && !value.has("anyOf") && !value.has("allOf")
                        && !Set.of("array", "object").contains(value.path("type").asText());
                if (scalar && !value.has("examples") && !value.has("enum") && !value.has("const")) {
                    gaps.add(name + " has no example");
                }
            });
        });
        assertEquals(List.of(), gaps);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = contract.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            });
        }
    }
}
