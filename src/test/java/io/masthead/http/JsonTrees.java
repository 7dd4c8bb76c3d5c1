package io.masthead.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Arbitrary JSON for property tests: member names that the request records use (so that generated bodies reach
 * deep into them) mixed with names they do not, and values of every JSON type, NUL characters and wire values of
 * enums included.
 */
final class JsonTrees {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> NAMES = List.of("language", "slug", "headline", "kicker", "standfirst",
            "section", "hero", "mediaId", "caption", "credit", "audio", "contributors", "name", "role", "sources",
            "url", "tags", "publishedAt", "seo", "title", "description", "canonicalUrl", "translationOf", "blocks",
            "type", "html", "level", "text", "person", "source", "items", "style", "kind", "mimeType", "width",
            "height", "durationSeconds", "altText", "copyright", "narrator", "focalPoint", "x", "y", "renditions",
            "names", "en", "de", "parent", "iptcMediaTopic", "wikidataQid", "into", "events", "logoMediaId",
            "defaultLanguage", "timeZone", "baseUrl", "editions", "status", "article", "media", "id", "version",
            "extra", "a/b", "t~0", "~1", "", "nul\u0000name");

    private static final List<String> WORDS = List.of("en", "de", "pt-BR", "paragraph", "heading", "quote", "image",
            "embed", "list", "ordered", "unordered", "audio", "video", "topic", "place", "editor", "admin", "draft",
            "published", "article.published", "https://www.youtube.com/watch?v=x", "https://images.test.example/a.jpg",
            "image/jpeg", "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c", "2026-11-20T08:45:00+01:00", "harbour-deal",
            "<b>bold</b> and <script>alert(1)</script>", "nul\u0000here", "\u0000", "1", "0", "", "Ü", "Europe/Berlin",
            "medtop:11000000", "Q17");

    private JsonTrees() {
    }

    static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(NAMES)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)));
    }

    static Arbitrary<JsonNode> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(WORDS).map(NODES::textNode)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30).map(NODES::textNode)),
                Tuple.of(2, Arbitraries.integers().map(n -> (JsonNode) NODES.numberNode(n))),
                Tuple.of(1, Arbitraries.longs().map(n -> (JsonNode) NODES.numberNode(n))),
                Tuple.of(1, Arbitraries.doubles().map(n -> (JsonNode) NODES.numberNode(n))),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(n -> (JsonNode) NODES.numberNode(n))),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b))),
                Tuple.of(2, Arbitraries.just(NODES.nullNode())));
    }

    /** Any JSON value, nested up to a few levels. */
    static Arbitrary<JsonNode> values() {
        return Arbitraries.recursive(JsonTrees::scalars, inner -> Arbitraries.frequencyOf(
                Tuple.of(2, inner.list().ofMaxSize(4).map(JsonTrees::array)),
                Tuple.of(3, objects(inner)),
                Tuple.of(1, inner)), 0, 5);
    }

    /** An object whose members hold values of {@code inner}. */
    static Arbitrary<JsonNode> objects(Arbitrary<JsonNode> inner) {
        return Arbitraries.maps(names(), inner).ofMaxSize(6).map(JsonTrees::object);
    }

    static ObjectNode object(Map<String, JsonNode> members) {
        ObjectNode object = NODES.objectNode();
        members.forEach(object::set);
        return object;
    }

    static ArrayNode array(List<JsonNode> elements) {
        ArrayNode array = NODES.arrayNode();
        elements.forEach(array::add);
        return array;
    }
}
