package io.masthead.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.testing.Contract;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every example in the committed contract must be valid against the schema it illustrates: examples of schemas
 * and properties, of parameters and headers, and of request and response bodies. Generated clients, mock servers
 * and documentation all show these examples to integrators.
 */
class ContractExamplesTest {
    private final Contract contract = Contract.get();
    private final List<String> failures = new ArrayList<>();
    private int checked;

    @Test
    void shouldHaveOnlyExamplesThatMatchTheirSchemas() {
        walk(contract.document(), "");

        assertEquals(List.of(), failures);
        assertTrue(checked > 100, "only " + checked + " examples were found; the walk is broken");
    }

    private void walk(JsonNode node, String pointer) {
        if (node.isObject()) {
            checkExamplesOf(node, pointer);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(field.getValue(), pointer + "/" + Contract.escape(field.getKey()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i);
            }
        }
    }

    /**
     * A schema's {@code examples} (a JSON Schema array) are checked against the schema itself; the
     * {@code example} or {@code examples} map of a parameter, header or media type against its {@code schema}.
     */
    private void checkExamplesOf(JsonNode node, String pointer) {
        boolean isSchema = node.has("type") || node.has("$ref") || node.has("oneOf") || node.has("properties");
        boolean hasSchemaMember = node.has("schema");
        if (isSchema && !hasSchemaMember && node.path("examples").isArray()) {
            for (JsonNode example : node.get("examples")) {
                check(pointer, example, pointer + "/examples");
            }
        }
        if (hasSchemaMember) {
            String schema = pointer + "/schema";
            if (node.has("example")) {
                check(schema, node.get("example"), pointer + "/example");
            }
            if (node.path("examples").isObject()) {
                node.get("examples").fields().forEachRemaining(entry -> {
                    JsonNode example = entry.getValue();
                    String at = pointer + "/examples/" + Contract.escape(entry.getKey());
                    if (example.has("$ref")) {
                        at = example.get("$ref").asText().substring(1);
                        example = contract.at(at);
                    }
                    if (example.has("value")) {
                        check(schema, example.get("value"), at + "/value");
                    }
                });
            }
        }
    }

    private void check(String schemaPointer, JsonNode example, String examplePointer) {
        checked++;
        List<String> violations = contract.validate(schemaPointer, example.toString());
        if (!violations.isEmpty()) {
            failures.add(examplePointer + " = " + example + " breaks " + schemaPointer + ": " + violations);
        }
    }
}
