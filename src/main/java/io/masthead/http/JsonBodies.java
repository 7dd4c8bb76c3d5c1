package io.masthead.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a management request body strictly, and reports everything wrong with it in one 400: fields the server
 * owns (named as such), fields that do not exist, values of the wrong type, strings with a NUL character, nulls
 * where the contract does not allow them, and Bean Validation violations, each with its JSON Pointer. This is
 * what keeps clients from mass-assigning server-owned state.
 */
@ApplicationScoped
public class JsonBodies {
    /** How many wrong values one body may report before the reader gives up on it. */
    static final int MAX_WRONG_VALUES = 50;

    private final ObjectMapper mapper;
    private final Validator validator;

    JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T read(JsonNode body, Class<T> type, Set<String> serverOwned) {
        return read(body, type, serverOwned, value -> List.of());
    }

    /**
     * Like {@link #read(JsonNode, Class, Set)}, with checks that need the database (such as "this media item
     * exists") run in the same pass, so that their problems are reported together with the others. They must
     * cope with values that failed validation.
     */
    public <T> T read(JsonNode body, Class<T> type, Set<String> serverOwned,
                      Function<T, List<FieldError>> deeperChecks) {
        if (body == null || !body.isObject()) {
            throw InvalidContent.of("#", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        ObjectNode accepted = ((ObjectNode) body).deepCopy();
        for (String field : serverOwned) {
            if (accepted.has(field)) {
                errors.add(new FieldError("#/" + JsonPointers.escape(field),
                        "is set by the server and cannot be sent"));
                accepted.remove(field);
            }
        }
        BodyScan scan = BodyScan.of(accepted);
        errors.addAll(scan.errors());
        List<String> wrongValues = new ArrayList<>(scan.removed());
        // Reading clears each wrong value to find the next one; the members are checked against what was sent.
        ObjectNode sent = accepted.deepCopy();
        ObjectReader reader = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        T value = null;
        for (int attempt = 0; value == null && attempt <= MAX_WRONG_VALUES; attempt++) {
            try {
                value = reader.readValue(accepted);
            } catch (JsonMappingException e) {
                String pointer = JsonBodyProblems.pointer(e.getPath());
                errors.add(new FieldError(pointer, JsonBodyProblems.describe(e)));
                wrongValues.add(pointer);
                if (!clear(accepted, e.getPath())) {
                    break;
                }
            } catch (IOException e) {
                errors.add(new FieldError("#", "cannot be read"));
                break;
            }
        }
        if (value != null) {
            List<FieldError> members = MemberCheck.errors(sent, value);
            errors.addAll(members);
            // A null member that must not be null is reported once, not again by its @NotNull.
            Set<String> nullMembers = new HashSet<>();
            members.forEach(error -> nullMembers.add(error.pointer()));
            validator.validate(value).stream()
                    .map(violation -> new FieldError(ConstraintPaths.bodyPointer(violation), violation.getMessage()))
                    .filter(error -> !nullMembers.contains(error.pointer()))
                    .filter(error -> wrongValues.stream().noneMatch(wrong -> related(wrong, error.pointer())))
                    .forEach(errors::add);
            Set<String> reported = new HashSet<>();
            errors.forEach(error -> reported.add(error.pointer()));
            deeperChecks.apply(value).stream().filter(error -> reported.add(error.pointer())).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidContent(errors);
        }
        return value;
    }

    /**
     * Whether two pointers concern the same value or one contains the other: a wrong value that was cleared makes
     * its container fail validation too, which would only repeat the first error.
     */
    private static boolean related(String reported, String pointer) {
        return reported.equals(pointer) || reported.startsWith(pointer + "/") || pointer.startsWith(reported + "/");
    }

    /**
     * Removes the value a mapping error points at, so that reading again finds the next problem; false when the
     * error concerns the whole body.
     */
    private static boolean clear(ObjectNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference reference : path.subList(0, path.size() - 1)) {
            parent = reference.getFieldName() != null ? parent.path(reference.getFieldName())
                    : parent.path(reference.getIndex());
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object && object.has(last.getFieldName())) {
            object.putNull(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() < array.size()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
