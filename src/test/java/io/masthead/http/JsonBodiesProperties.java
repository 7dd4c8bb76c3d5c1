package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.masthead.article.ArticleContent;
import io.masthead.article.PublishRequest;
import io.masthead.auth.NewApiKey;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.media.MediaContent;
import io.masthead.platform.JsonCustomizer;
import io.masthead.section.SectionContent;
import io.masthead.site.SiteContent;
import io.masthead.tag.TagContent;
import io.masthead.tag.TagMerge;
import jakarta.validation.Validation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Whatever JSON a client sends, the strict reader either returns a value or refuses the body with an
 * InvalidContent whose every error names, by a well-formed JSON Pointer, a place in that body (the value at fault,
 * or the object a missing member belongs in). No other exception ever escapes: that would be a 500.
 */
class JsonBodiesProperties {
    private static final Pattern POINTER = Pattern.compile("#(/([^~/]|~[01])*)*");
    private static final List<Class<?>> TYPES = List.of(ArticleContent.class, TagContent.class, MediaContent.class,
            SectionContent.class, SiteContent.class, NewApiKey.class, PublishRequest.class, TagMerge.class);
    private static final List<String> VALID = List.of(
            "{\"language\": \"en\", \"headline\": \"Harbour\", \"kicker\": \"Trade\", \"hero\": {\"mediaId\":"
                    + " \"0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c\"}, \"tags\": [\"harbour\"], \"blocks\": ["
                    + "{\"type\": \"paragraph\", \"html\": \"Text\"}, {\"type\": \"heading\", \"level\": 2, \"text\":"
                    + " \"Next\"}, {\"type\": \"list\", \"style\": \"ordered\", \"items\": [\"a\", \"b\"]}]}",
            "{\"type\": \"topic\", \"names\": {\"en\": {\"name\": \"Japan\", \"description\": \"An island\"}}}",
            "{\"kind\": \"image\", \"url\": \"https://images.test.example/a.jpg\", \"mimeType\": \"image/jpeg\","
                    + " \"altText\": \"A\", \"focalPoint\": {\"x\": 0.5, \"y\": 0.5}, \"renditions\": [{\"name\":"
                    + " \"w640\", \"url\": \"https://images.test.example/w640.jpg\", \"width\": 640, \"height\": 480,"
                    + " \"mimeType\": \"image/jpeg\"}]}",
            "{\"slug\": \"politics\", \"names\": {\"en\": \"Politics\"}}",
            "{\"name\": \"Ledger\", \"defaultLanguage\": \"en\", \"timeZone\": \"Europe/Berlin\", \"baseUrl\":"
                    + " \"https://ledger.example\", \"editions\": [{\"language\": \"en\", \"name\": \"Ledger\","
                    + " \"baseUrl\": \"https://ledger.example/en\"}]}",
            "{\"name\": \"cms\", \"role\": \"editor\"}",
            "{\"publishedAt\": \"2026-11-20T08:45:00+01:00\"}",
            "{\"into\": \"japan\"}");

    private final ObjectMapper mapper = mapper();
    private final JsonBodies bodies = new JsonBodies(mapper, Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator());

    @Property(tries = 400)
    void shouldReadOrRefuseAnyBody(@ForAll("bodies") JsonNode body, @ForAll("types") Class<?> type) {
        assertReadOrRefused(body, type);
    }

    @Property(tries = 600)
    void shouldReadOrRefuseAnyChangeOfAValidBody(@ForAll("mutated") Mutated mutated) {
        assertReadOrRefused(mutated.body(), TYPES.get(mutated.type()));
    }

    @Property(tries = 50)
    void shouldRefuseDeeplyNestedUnknownMembers(@ForAll @IntRange(min = 1, max = 990) int depth,
                                                @ForAll boolean arrays, @ForAll("types") Class<?> type)
            throws Exception {
        String open = arrays ? "[" : "{\"a\": ";
        String close = arrays ? "]" : "}";
        String text = "{\"extra\": " + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        JsonNode body = mapper.readTree(text);

        InvalidContent refused = assertThrows(InvalidContent.class,
                () -> bodies.read(body, type, Set.of()));
        assertTrue(refused.errors().contains(new FieldError("#/extra", MemberCheck.UNKNOWN)), refused::detail);
    }

    private void assertReadOrRefused(JsonNode body, Class<?> type) {
        try {
            bodies.read(body, type, Set.of("id", "version"));
        } catch (InvalidContent refused) {
            assertTrue(!refused.errors().isEmpty(), "an InvalidContent names at least one error");
            for (FieldError error : refused.errors()) {
                assertTrue(POINTER.matcher(error.pointer()).matches(), () -> "not a JSON Pointer: " + error);
                assertTrue(pointsInto(body, error.pointer()), () -> error + " points outside " + body);
                assertTrue(error.detail() != null && !error.detail().isBlank(), () -> "no detail: " + error);
            }
        }
    }

    /** The pointer names a value of the body, or a member missing from an object of it. */
    private static boolean pointsInto(JsonNode body, String pointer) {
        JsonPointer path = JsonPointer.compile(pointer.substring(1));
        return !body.at(path).isMissingNode() || body.at(path.head()) instanceof ContainerNode<?>;
    }

    @Provide
    Arbitrary<JsonNode> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, JsonTrees.objects(JsonTrees.values())),
                Tuple.of(1, JsonTrees.values()));
    }

    @Provide
    Arbitrary<Class<?>> types() {
        return Arbitraries.of(TYPES);
    }

    /** A valid body of one of the types, with a few of its values (or members) replaced by arbitrary JSON. */
    record Mutated(int type, JsonNode body) {
    }

    @Provide
    Arbitrary<Mutated> mutated() {
        Arbitrary<Integer> type = Arbitraries.integers().between(0, TYPES.size() - 1);
        Arbitrary<List<Integer>> places = Arbitraries.integers().greaterOrEqual(0).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<String>> names = JsonTrees.names().list().ofSize(3);
        Arbitrary<List<JsonNode>> values = JsonTrees.values().list().ofSize(3);
        return Combinators.combine(type, places, names, values).as((index, at, name, value) -> {
            JsonNode body = parse(VALID.get(index));
            for (int i = 0; i < at.size(); i++) {
                List<ContainerNode<?>> containers = containers(body);
                ContainerNode<?> target = containers.get(at.get(i) % containers.size());
                if (target instanceof ObjectNode object) {
                    object.set(name.get(i), value.get(i));
                } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                    array.set(at.get(i) % array.size(), value.get(i));
                }
            }
            return new Mutated(index, body);
        });
    }

    private static List<ContainerNode<?>> containers(JsonNode node) {
        List<ContainerNode<?>> containers = new ArrayList<>();
        if (node instanceof ContainerNode<?> container) {
            containers.add(container);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                containers.addAll(containers(children.next()));
            }
        }
        return containers;
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's ObjectMapper, as Quarkus builds it with the application's customizer. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonCustomizer().customize(mapper);
        return mapper;
    }
}
