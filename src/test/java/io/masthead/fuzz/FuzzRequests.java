package io.masthead.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Derives requests from the contract: valid ones (examples, or values generated from the schemas), invalid ones
 * (one parameter or one body field replaced by a hostile value, a required field dropped, an unknown one added,
 * trailing data, duplicate keys, a wrong media type or key) and random ones.
 */
final class FuzzRequests {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> HOSTILE = List.of("", " ", "\u0000", "a\u0000b", "\uD83D\uDCA5", "x".repeat(9000),
            "../../etc/passwd", "' or 1=1--", "<script>alert(1)</script>", "-1", "0", "99999999999999999999", "1e309",
            "NaN", "true", "null", "[]", "{}", "%", "%00", "\uFFFF", "2026-13-45T99:99:99Z", "+1000000000-01-01T00:00:00Z",
            "ÄÖÜß", "\r\nX-Injected: 1", "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c", "MQo=", "*", ",,,", "a,b",
            "published", "admin", "en", "de-DE-x-private-tag-that-is-long");
    private static final List<JsonNode> HOSTILE_JSON = List.of(JSON.nullNode(), JSON.numberNode(1), JSON.textNode("1"),
            JSON.booleanNode(true), JSON.arrayNode(), JSON.objectNode().put("a", 1), JSON.textNode("\u0000"),
            JSON.textNode("x".repeat(70_000)), JSON.numberNode(-1), JSON.numberNode(1e300), JSON.textNode(""),
            JSON.textNode("<img src=x onerror=alert(1)>"), JSON.arrayNode().add(JSON.nullNode()));

    private final JsonNode contract;
    private final Random random;
    private final String token;

    FuzzRequests(JsonNode contract, Random random, String token) {
        this.contract = contract;
        this.random = random;
        this.token = token;
    }

    record Operation(String method, String path, JsonNode node) {
    }

    record Case(String kind, String target, Map<String, String> headers, byte[] body) {
        String describe(Operation operation) {
            String shownBody = body == null ? "" : " body=" + abbreviate(new String(body, StandardCharsets.UTF_8));
            return "[" + kind + "] " + operation.method() + " " + target + " headers=" + headers.keySet() + shownBody;
        }

        private static String abbreviate(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "..." : text;
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    Case next(Operation operation) {
        String kind = List.of("valid", "valid", "bad-parameter", "odd-parameters", "bad-body", "bad-body",
                "bad-headers", "random").get(random.nextInt(8));
        Map<String, String> headers = new LinkedHashMap<>();
        if (operation.path().startsWith("/manage/") && !kind.equals("bad-headers") || random.nextInt(4) == 0) {
            headers.put("Authorization", "Bearer " + token);
        }
        StringBuilder query = new StringBuilder();
        String path = operation.path();
        List<JsonNode> parameters = parameters(operation.node());
        JsonNode hostileParameter = kind.equals("bad-parameter") && !parameters.isEmpty()
                ? parameters.get(random.nextInt(parameters.size())) : null;
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            boolean required = parameter.path("required").asBoolean();
            String value = parameter == hostileParameter || kind.equals("random") ? pick(HOSTILE)
                    : valid(parameter.path("schema"), parameter.path("example"));
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encode(value.isEmpty() && random.nextBoolean()
                        ? "x" : value));
                case "query" -> {
                    if (required || parameter == hostileParameter || random.nextInt(3) == 0) {
                        append(query, name, value);
                    }
                }
                case "header" -> {
                    if (required || parameter == hostileParameter || random.nextInt(3) == 0) {
                        headers.put(name, value.replaceAll("[\\r\\n\\u0000]", ""));
                    }
                }
                default -> {
                }
            }
        }
        if (kind.equals("odd-parameters")) {
            switch (random.nextInt(3)) {
                case 0 -> append(query, "undeclared" + random.nextInt(9), pick(HOSTILE));
                case 1 -> append(query, parameters.isEmpty() ? "limit" : parameters.get(0).path("name").asText(), "");
                default -> {
                    String sent = query.toString();
                    query.append(sent.isEmpty() ? "limit=1&limit=2" : "&" + sent);
                }
            }
        }
        if (kind.equals("bad-headers")) {
            headers.put(List.of("Authorization", "If-Match", "Idempotency-Key", "If-None-Match", "Accept").get(
                    random.nextInt(5)), List.of("Bearer mh_forged", "\"*\"", "W/\"1\"", "x".repeat(300), "Basic Og==",
                    "application/xml", "*").get(random.nextInt(7)));
        }
        byte[] body = body(operation.node(), kind, headers);
        String target = path + (query.length() > 0 ? "?" + query : "");
        return new Case(kind, target, headers, body);
    }

    private byte[] body(JsonNode operation, String kind, Map<String, String> headers) {
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        if (content.isMissingNode() || !content.fields().hasNext()) {
            return kind.equals("random") ? pick(HOSTILE).getBytes(StandardCharsets.UTF_8) : null;
        }
        Map.Entry<String, JsonNode> media = content.fields().next();
        headers.put("Content-Type", media.getKey());
        if (media.getKey().contains("ndjson")) {
            return ndjson(kind);
        }
        JsonNode value = example(media.getValue());
        if (value == null || random.nextBoolean()) {
            value = generate(media.getValue().path("schema"), 0);
        }
        if (kind.equals("random")) {
            value = HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size()));
        }
        String text = value.toString();
        if (kind.equals("bad-body")) {
            switch (random.nextInt(8)) {
                case 0 -> text = mutateField(value).toString();
                case 1 -> text = text + "xyz";
                case 2 -> text = text.startsWith("{\"") ? "{\"" + firstKey(value) + "\":1," + text.substring(1) : text;
                case 3 -> headers.put("Content-Type", pick(List.of("text/plain", "application/xml", "*/*")));
                case 4 -> headers.remove("Content-Type");
                case 5 -> text = "[".repeat(5000) + "]".repeat(5000);
                case 6 -> text = text.substring(0, text.length() / 2);
                default -> text = value.isObject() ? ((ObjectNode) value.deepCopy()).set("extra",
                        JSON.objectNode().put("a", 1)).toString() : "{}";
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] ndjson(String kind) {
        String valid = "{\"status\":\"draft\",\"article\":{\"language\":\"en\",\"headline\":\"Fuzz " + random.nextInt()
                + "\",\"blocks\":[{\"type\":\"paragraph\",\"html\":\"Text.\"}]}}";
        String line = kind.equals("valid") ? valid : switch (random.nextInt(4)) {
            case 0 -> valid.replace("Fuzz", "Fuzz\u0000");
            case 1 -> pick(HOSTILE);
            case 2 -> valid + "trailing";
            default -> "{\"article\":" + HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size())) + "}";
        };
        return (valid + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode mutateField(JsonNode value) {
        if (!value.isObject() || value.isEmpty()) {
            return HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size()));
        }
        ObjectNode copy = value.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(3) == 0) {
            copy.remove(name);
        } else {
            copy.set(name, HOSTILE_JSON.get(random.nextInt(HOSTILE_JSON.size())));
        }
        return copy;
    }

    private static String firstKey(JsonNode value) {
        Iterator<String> names = value.fieldNames();
        return names.hasNext() ? names.next() : "a";
    }

    private JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        Iterator<JsonNode> examples = media.path("examples").elements();
        return examples.hasNext() ? resolve(examples.next()).path("value") : null;
    }

    /** A value that the schema allows, as query or path text: the example when there is one. */
    private String valid(JsonNode schema, JsonNode example) {
        JsonNode value = !example.isMissingNode() && random.nextInt(3) > 0 ? example : generate(schema, 0);
        if (value.isArray()) {
            return value.isEmpty() ? "" : value.get(0).asText();
        }
        return value.asText();
    }

    JsonNode generate(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        for (String choice : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.path(choice).size() > 0) {
                JsonNode option = schema.get(choice).get(choice.equals("allOf") ? 0 : random.nextInt(schema.get(choice).size()));
                return generate(option, depth + 1);
            }
        }
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty() && random.nextInt(3) > 0) {
            return schema.get("examples").get(0);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int count = depth > 4 ? schema.path("minItems").asInt(0) : schema.path("minItems").asInt(0) + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    array.add(generate(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                long minimum = schema.path("minimum").asLong(0);
                long span = Math.max(1, Math.min(100, schema.path("maximum").asLong(minimum + 99) - minimum + 1));
                yield JSON.numberNode(minimum + random.nextInt((int) span));
            }
            case "number" -> JSON.numberNode(random.nextDouble() * 100);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            default -> new TextNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || depth < 3 && random.nextBoolean()) {
                object.set(property.getKey(), generate(property.getValue(), depth + 1));
            }
        });
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && !schema.has("properties")) {
            object.set(pick(List.of("en", "de")), generate(additional, depth + 1));
        }
        return object;
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText();
        return switch (format) {
            case "date-time" -> OffsetDateTime.now().minusDays(random.nextInt(30)).toString();
            case "uuid" -> UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/fuzz/" + random.nextInt(1000);
            default -> schema.has("pattern") ? "fuzz-" + random.nextInt(100_000) : "Fuzz text " + random.nextInt(100_000);
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
            return "null";
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
        return parameters;
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref") && node.get("$ref").asText().startsWith("#")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private void append(StringBuilder query, String name, String value) {
        query.append(query.length() > 0 ? "&" : "").append(encode(name)).append('=').append(encode(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

}
