package io.masthead.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.masthead.testing.Contract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * A change that breaks clients of the last released contract (openapi/released/) fails the build, unless the
 * contract's major version went up. Releasing copies the contract there; see "Versioning" in the README.
 */
class ContractCompatibilityTest {
    static final Path RELEASED = Path.of("openapi", "released");

    @Test
    void shouldNotBreakTheLastReleasedContractWithoutANewMajorVersion() throws IOException {
        Path released = lastReleased();
        Path comparable = withRepeatableParameters(released, Contract.read(Contract.FILE));
        ChangedOpenApi changes = OpenApiCompare.fromLocations(comparable.toString(), Contract.FILE.toString());
        Files.delete(comparable);
        int[] releasedVersion = version(Contract.read(released));
        int[] currentVersion = version(Contract.read(Contract.FILE));

        assertTrue(compare(currentVersion, releasedVersion) >= 0,
                "info.version went down from the release in " + released);
        assertTrue(!changes.isIncompatible() || currentVersion[0] > releasedVersion[0],
                "The contract breaks clients of " + released + " but its major version is still "
                        + currentVersion[0] + ". Make the change compatible, or release a new major version:\n"
                        + render(changes));
    }

    @Test
    void shouldRecogniseABreakingChange() throws IOException {
        ObjectNode broken = (ObjectNode) Contract.read(lastReleased());
        ((ObjectNode) broken.path("paths")).remove("/api/v1/tags/{slug}");
        ((ArrayNode) broken.path("paths").path("/api/v1/articles").path("get").path("parameters"))
                .addObject().put("name", "edition").put("in", "query").put("required", true)
                .putObject("schema").put("type", "string");
        Path copy = Files.createTempFile("broken-contract", ".yaml");
        new YAMLMapper().writeValue(copy.toFile(), broken);

        ChangedOpenApi changes = OpenApiCompare.fromLocations(lastReleased().toString(), copy.toString());

        assertTrue(changes.isIncompatible(), "a removed operation and a new required parameter are breaking");
        assertFalse(changes.getMissingEndpoints().isEmpty(), "the removed operation is reported");
        Files.delete(copy);
    }

    /**
     * A copy of the released contract in which every query parameter that the current contract makes repeatable
     * (an array of what it was, sent in form style with explode, the default) is already an array of its old
     * schema. Such a change is compatible on the wire, since {@code tag=a} still means what it meant, but
     * openapi-diff would report a changed type.
     */
    private static Path withRepeatableParameters(Path released, JsonNode current) throws IOException {
        ObjectNode copy = (ObjectNode) Contract.read(released);
        copy.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            withOptInShapes(operation.getValue(), current.path("paths").path(path.getKey()).path(operation.getKey()));
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                JsonNode now = queryParameter(current.path("paths").path(path.getKey()).path(operation.getKey()),
                        parameter.path("name").asText());
                boolean formStyle = now.path("style").asText("form").equals("form")
                        && now.path("explode").asBoolean(true);
                boolean becameArray = "array".equals(now.path("schema").path("type").asText())
                        && !"array".equals(parameter.path("schema").path("type").asText());
                if ("query".equals(parameter.path("in").asText()) && formStyle && becameArray) {
                    ObjectNode array = new YAMLMapper().createObjectNode().put("type", "array");
                    array.set("items", parameter.path("schema"));
                    if (now.path("schema").has("maxItems")) {
                        array.set("maxItems", now.path("schema").path("maxItems"));
                    }
                    ((ObjectNode) parameter).set("schema", array);
                }
            }
        }));
        openWhereNowOpen(copy.path("components").path("schemas"), current.path("components").path("schemas"));
        Path file = Files.createTempFile("released-contract", ".yaml");
        new YAMLMapper().writeValue(file.toFile(), copy);
        return file;
    }

    /**
     * A JSON response whose released schema {@code $ref: X} is now {@code anyOf: [X, ...]} still gives X to every
     * client of the released contract: the other shapes (a trimmed article of {@code fields=} or {@code include=})
     * come only when the request names a parameter that the released contract did not have. openapi-diff cannot
     * know that, so the copy of the released contract gets the new alternatives.
     */
    private static void withOptInShapes(JsonNode releasedOperation, JsonNode currentOperation) {
        releasedOperation.path("responses").fields().forEachRemaining(response -> {
            JsonNode content = response.getValue().path("content");
            content.fields().forEachRemaining(type -> {
                JsonNode now = currentOperation.path("responses").path(response.getKey()).path("content")
                        .path(type.getKey()).path("schema");
                JsonNode before = type.getValue().path("schema");
                boolean widened = before.has("$ref") && now.path("anyOf").isArray()
                        && now.path("anyOf").path(0).equals(before);
                if (widened) {
                    ((ObjectNode) type.getValue()).set("schema", now.deepCopy());
                }
            });
        });
    }

    /**
     * Drops {@code additionalProperties: false} from the released schemas that the current contract leaves open.
     * The versioning policy makes a new response member compatible, so a response schema may stop forbidding
     * them; openapi-diff would report each one as a changed response.
     */
    private static void openWhereNowOpen(JsonNode released, JsonNode current) {
        if (!released.isObject()) {
            return;
        }
        if (closed(released) && !current.isMissingNode() && !closed(current)) {
            ((ObjectNode) released).remove("additionalProperties");
        }
        released.fields().forEachRemaining(member -> openWhereNowOpen(member.getValue(),
                current.path(member.getKey())));
    }

    private static boolean closed(JsonNode schema) {
        return schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
    }

    private static JsonNode queryParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())) {
                return parameter;
            }
        }
        return MissingNode.getInstance();
    }

    static Path lastReleased() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(file -> file.getFileName().toString().matches("openapi-\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .max(Comparator.comparing(file -> version(file), ContractCompatibilityTest::compare))
                    .orElseThrow(() -> new AssertionError("no released contract in " + RELEASED));
        }
    }

    private static int[] version(Path file) {
        String name = file.getFileName().toString();
        return parse(name.substring("openapi-".length(), name.length() - ".yaml".length()));
    }

    private static int[] version(JsonNode contract) {
        return parse(contract.path("info").path("version").asText());
    }

    private static int[] parse(String version) {
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    private static String render(ChangedOpenApi changes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MarkdownRender().render(changes, writer);
        return out.toString(StandardCharsets.UTF_8);
    }
}
