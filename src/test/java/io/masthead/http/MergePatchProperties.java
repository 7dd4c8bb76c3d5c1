package io.masthead.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** RFC 7396 JSON Merge Patch, as PATCH applies it, checked on arbitrary documents. */
class MergePatchProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    @Property(tries = 250)
    void shouldTurnADocumentIntoAnotherWithTheDiffBetweenThem(@ForAll("documents") JsonNode source,
                                                             @ForAll("documents") JsonNode target) {
        assertSameJson(target, MergePatch.apply(source, diff(source, target), MAPPER));
    }

    @Property(tries = 250)
    void shouldChangeNothingMoreWhenAppliedTwice(@ForAll("documents") JsonNode target,
                                                 @ForAll("patches") JsonNode patch) {
        JsonNode once = MergePatch.apply(target, patch, MAPPER);

        assertSameJson(once, MergePatch.apply(once, patch, MAPPER));
    }

    @Property(tries = 250)
    void shouldRemoveEveryMemberThePatchSetsToNull(@ForAll("documents") JsonNode target,
                                                   @ForAll("patches") JsonNode patch) {
        JsonNode patched = MergePatch.apply(target, patch, MAPPER);

        for (Iterator<Map.Entry<String, JsonNode>> members = patch.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (member.getValue().isNull()) {
                assertFalse(patched.has(member.getKey()), () -> member.getKey() + " stays in " + patched);
            } else if (!member.getValue().isObject()) {
                assertSameJson(member.getValue(), patched.get(member.getKey()));
            }
        }
    }

    @Property(tries = 250)
    void shouldLeaveMembersThePatchDoesNotNameAlone(@ForAll("documents") JsonNode target,
                                                    @ForAll("patches") JsonNode patch) {
        JsonNode patched = MergePatch.apply(target, patch, MAPPER);

        for (Iterator<Map.Entry<String, JsonNode>> members = target.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            if (!patch.has(member.getKey())) {
                assertSameJson(member.getValue(), patched.get(member.getKey()));
            }
        }
    }

    @Property(tries = 250)
    void shouldReplaceTheDocumentWithAPatchThatIsNoObject(@ForAll("documents") JsonNode target,
                                                          @ForAll("scalarsAndArrays") JsonNode patch) {
        assertSameJson(patch, MergePatch.apply(target, patch, MAPPER));
    }

    /**
     * Equal as JSON values: Jackson tells an int 0 from a long 0, and 2.5E17 from 250000000000000000, which are
     * the same JSON number (JSON Processing writes every number in its shortest form).
     */
    private static void assertSameJson(JsonNode expected, JsonNode actual) {
        assertTrue(actual != null && expected.equals(SAME_VALUE, actual), () -> expected + " but was " + actual);
    }

    /**
     * The merge patch that turns {@code source} into {@code target} (RFC 7396, section 3 read backwards): members
     * only the source has become null, objects on both sides are diffed member by member, anything else is
     * replaced by the target's value.
     */
    private static JsonNode diff(JsonNode source, JsonNode target) {
        if (!source.isObject() || !target.isObject()) {
            return target;
        }
        ObjectNode patch = MAPPER.createObjectNode();
        source.fieldNames().forEachRemaining(name -> {
            if (!target.has(name)) {
                patch.putNull(name);
            }
        });
        target.fields().forEachRemaining(member -> {
            JsonNode before = source.get(member.getKey());
            if (before == null || !before.equals(member.getValue())) {
                patch.set(member.getKey(), before == null ? member.getValue() : diff(before, member.getValue()));
            }
        });
        return patch;
    }

    /** Objects without nulls: a merge patch cannot produce a null member, so a target never holds one. */
    @Provide
    Arbitrary<JsonNode> documents() {
        Arbitrary<JsonNode> scalars = JsonTrees.scalars().filter(node -> !node.isNull());
        Arbitrary<JsonNode> values = Arbitraries.recursive(() -> scalars, inner -> Arbitraries.frequencyOf(
                Tuple.of(1, inner.list().ofMaxSize(3).map(JsonTrees::array)),
                Tuple.of(2, JsonTrees.objects(inner)),
                Tuple.of(1, inner)), 0, 3);
        return JsonTrees.objects(values);
    }

    @Provide
    Arbitrary<JsonNode> patches() {
        return JsonTrees.objects(JsonTrees.values());
    }

    @Provide
    Arbitrary<JsonNode> scalarsAndArrays() {
        return Arbitraries.oneOf(JsonTrees.scalars(), JsonTrees.values().list().ofMaxSize(3).map(JsonTrees::array));
    }
}
