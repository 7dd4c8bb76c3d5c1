package io.masthead.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a management request body strictly, and reports everything wrong with it in one 400: fields the server
 * owns (named as such), fields that do not exist, values of the wrong type, and Bean Validation violations,
 * each with its JSON Pointer. This is what keeps clients from mass-assigning server-owned state.
 */
@ApplicationScoped
public class JsonBodies {
    private final ObjectMapper mapper;
    private final Validator validator;

    JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T read(JsonNode body, Class<T> type, Set<String> serverOwned) {
        if (body == null || !body.isObject()) {
            throw InvalidContent.of("#", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        ObjectNode accepted = ((ObjectNode) body).deepCopy();
        for (String field : serverOwned) {
            if (accepted.has(field)) {
                errors.add(new FieldError("#/" + ConstraintPaths.escape(field),
                        "is set by the server and cannot be sent"));
                accepted.remove(field);
            }
        }
        UnknownFields unknown = new UnknownFields();
        T value = null;
        try {
            value = mapper.readerFor(type).withHandler(unknown).readValue(accepted);
        } catch (JsonMappingException e) {
            errors.add(new FieldError(JsonBodyProblems.pointer(e.getPath()), JsonBodyProblems.describe(e)));
        } catch (IOException e) {
            errors.add(new FieldError("#", "cannot be read"));
        }
        errors.addAll(unknown.errors);
        if (value != null) {
            validator.validate(value).forEach(violation -> errors.add(
                    new FieldError(ConstraintPaths.bodyPointer(violation), violation.getMessage())));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidContent(errors);
        }
        return value;
    }

    /** Collects every unknown field instead of failing on the first one. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        final List<FieldError> errors = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object bean, String property)
                throws IOException {
            errors.add(new FieldError(pointer(parser.getParsingContext()) + "/" + ConstraintPaths.escape(property),
                    "is not a field of this request body"));
            parser.skipChildren();
            return true;
        }

        private static String pointer(JsonStreamContext context) {
            List<String> segments = new ArrayList<>();
            for (JsonStreamContext at = context.getParent(); at != null && !at.inRoot(); at = at.getParent()) {
                segments.add(0, at.inArray() ? String.valueOf(at.getCurrentIndex())
                        : ConstraintPaths.escape(at.getCurrentName()));
            }
            return "#" + (segments.isEmpty() ? "" : "/" + String.join("/", segments));
        }
    }
}
