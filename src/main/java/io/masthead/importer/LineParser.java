package io.masthead.importer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.article.ArticleStatus;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.http.JsonBodies;
import io.masthead.http.JsonBodyProblems;
import io.masthead.media.MediaContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads one import line as strictly as the management API reads a request body, and reports everything wrong
 * with it at once, each error with a JSON Pointer into the line.
 */
@ApplicationScoped
class LineParser {
    private final ObjectReader json;
    private final JsonBodies bodies;

    LineParser(ObjectMapper mapper, JsonBodies bodies) {
        this.json = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.bodies = bodies;
    }

    ParsedLine parse(String text) {
        JsonNode node = tree(text);
        List<FieldError> errors = new ArrayList<>();
        ImportLine line = null;
        try {
            line = bodies.read(node, ImportLine.class, Set.of());
        } catch (InvalidContent invalid) {
            errors.addAll(invalid.errors());
        }
        List<InlineMedia> media = new ArrayList<>();
        JsonNode items = node.path("media");
        for (int i = 0; items.isArray() && i < items.size(); i++) {
            try {
                media.add(media(items.get(i), "#/media/" + i));
            } catch (InvalidContent invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (line != null && line.tags() != null) {
            for (int i = 0; i < line.tags().size(); i++) {
                if (line.tags().get(i).slug() == null) {
                    errors.add(new FieldError("#/tags/" + i + "/slug", "is required for a tag created by an import"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw LinePointers.sorted(errors);
        }
        return new ParsedLine(line.status() == null ? ArticleStatus.DRAFT : line.status(), line.article(), media,
                line.tags() == null ? List.of() : line.tags());
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            FieldError notOne = JsonBodyProblems.notOneDocument(e);
            if (notOne != null) {
                throw new InvalidContent(List.of(notOne));
            }
            throw InvalidContent.of("#", e instanceof JsonParseException parse
                    ? "is not valid JSON (column " + parse.getLocation().getColumnNr() + ")"
                    : "is not valid JSON");
        }
    }

    private InlineMedia media(JsonNode item, String at) {
        if (item == null || !item.isObject()) {
            throw InvalidContent.of(at, "must be a JSON object");
        }
        ObjectNode fields = ((ObjectNode) item).deepCopy();
        JsonNode id = fields.remove("id");
        List<FieldError> errors = new ArrayList<>();
        UUID uuid = uuid(id);
        if (uuid == null) {
            errors.add(new FieldError(at + "/id", id == null ? "is required" : "must be a UUID"));
        }
        MediaContent content = null;
        try {
            content = bodies.read(fields, MediaContent.class, Set.of());
        } catch (InvalidContent invalid) {
            errors.addAll(LinePointers.under(at, invalid).errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidContent(errors);
        }
        return new InlineMedia(uuid, content);
    }

    private static UUID uuid(JsonNode id) {
        if (id == null || !id.isTextual()) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id.asText());
            // fromString also takes abbreviated forms such as 1-2-3-4-5; only the canonical form is an id.
            return uuid.toString().equalsIgnoreCase(id.asText()) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
