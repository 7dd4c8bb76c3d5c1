package io.masthead.representation;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The official IPTC ninjs 3.3 JSON Schema (src/test/resources/standards), as a validator. */
final class NinjsSchema {
    static final String ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json";
    private static final Schema SCHEMA = load();

    private NinjsSchema() {
    }

    /** The schema's violations of this document; empty when it is a valid ninjs 3.3 item. */
    static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON,
                        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream().map(Object::toString).toList();
    }

    private static Schema load() {
        try (InputStream stream = NinjsSchema.class.getResourceAsStream("/standards/ninjs-schema_3.3.json")) {
            String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012(),
                    builder -> builder.schemas(Map.of(ID, text)));
            return registry.getSchema(SchemaLocation.of(ID + "#"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
