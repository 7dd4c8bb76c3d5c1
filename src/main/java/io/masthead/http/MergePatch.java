package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** RFC 7396 JSON Merge Patch, applied by Jakarta JSON Processing (Eclipse Parsson). */
public final class MergePatch {
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    public static JsonNode apply(JsonNode target, JsonNode patch, ObjectMapper mapper) {
        JsonValue patched = Json.createMergePatch(toJsonp(patch)).apply(toJsonp(target));
        try {
            return mapper.readTree(patched.toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonValue toJsonp(JsonNode node) {
        try (JsonReader reader = Json.createReader(new StringReader(node.toString()))) {
            return reader.readValue();
        }
    }
}
