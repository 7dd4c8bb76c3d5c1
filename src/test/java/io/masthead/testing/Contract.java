package io.masthead.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The committed contract, {@code openapi/openapi.yaml}, read once per test JVM. */
public final class Contract {
    public static final Path FILE = Path.of("openapi", "openapi.yaml");
    private static final String BASE_IRI = "https://masthead.io/contract/openapi.json";
    private static volatile Contract instance;

    private final JsonNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private Contract(JsonNode document) {
        this.document = document;
        Iterator<String> names = document.path("paths").fieldNames();
        while (names.hasNext()) {
            String template = names.next();
            paths.add(new PathTemplate(template, Pattern.compile(
                    template.replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\."))));
        }
        String json = document.toString();
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(BASE_IRI, json)));
    }

    public static Contract get() {
        if (instance == null) {
            synchronized (Contract.class) {
                if (instance == null) {
                    instance = new Contract(read(FILE));
                }
            }
        }
        return instance;
    }

    public static JsonNode read(Path file) {
        try {
            return new YAMLMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + file.toAbsolutePath(), e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** The JSON pointer of the operation that serves this method and concrete path, if the contract has one. */
    public Optional<String> operationPointer(String method, String path) {
        String lower = method.toLowerCase(Locale.ROOT);
        return paths.stream()
                .filter(template -> template.pattern().matcher(path).matches())
                .filter(template -> document.path("paths").path(template.template()).has(lower))
                .sorted(Comparator.comparingLong((PathTemplate t) -> variables(t.template()))
                        .thenComparing(t -> -literalLength(t.template())))
                .map(template -> "/paths/" + escape(template.template()) + "/" + lower)
                .findFirst();
    }

    public JsonNode at(String pointer) {
        return document.at(pointer);
    }

    /** Follows a local {@code $ref} such as {@code #/components/responses/NotFound}, returning its pointer. */
    public String resolve(String pointer) {
        JsonNode node = document.at(pointer);
        while (node.has("$ref")) {
            pointer = node.get("$ref").asText().substring(1);
            node = document.at(pointer);
        }
        return pointer;
    }

    /** Validates JSON text against the schema at the pointer; returns the violations, empty when valid. */
    public List<String> validate(String schemaPointer, String json) {
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(BASE_IRI + "#" + pointer)));
        return schema.validate(json, com.networknt.schema.InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** How much of a template is literal text; JAX-RS prefers the template with more, as in {slug}.jsonld. */
    private static int literalLength(String template) {
        return template.replaceAll("\\{[^/}]+}", "").length();
    }

    private static long variables(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    private record PathTemplate(String template, Pattern pattern) {
    }
}
