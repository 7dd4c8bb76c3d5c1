package io.masthead.http;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.http.Problem.ProblemError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies that are not valid JSON, or not the JSON an operation expects. The detail is written here and
 * names the field by JSON Pointer; Jackson's own message is never used, because it names Java classes.
 */
public class JsonBodyProblems {
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class);

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return invalid(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException exception, UriInfo uri) {
        return invalid(exception, uri);
    }

    static Response invalid(JsonProcessingException exception, UriInfo uri) {
        FieldError repeated = notOneDocument(exception);
        if (repeated != null) {
            return ProblemResponses.of(ProblemType.INVALID_BODY, repeated.pointer() + " " + repeated.detail() + ".",
                    ProblemMappers.instance(uri), List.of(ProblemError.pointer(repeated.pointer(), repeated.detail())));
        }
        if (exception instanceof JsonParseException parse) {
            String detail = "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ").";
            return ProblemResponses.of(ProblemType.INVALID_BODY, detail, ProblemMappers.instance(uri), List.of());
        }
        String pointer = exception instanceof JsonMappingException mapping ? pointer(mapping.getPath()) : "#";
        ProblemError error = ProblemError.pointer(pointer, describe(exception));
        return ProblemResponses.of(ProblemType.INVALID_BODY, pointer + " " + error.detail() + ".",
                ProblemMappers.instance(uri), List.of(error));
    }

    /**
     * The two ways a document of well-formed JSON text is still not one JSON value as the API reads it: a member
     * name repeated within an object (named by its pointer), or more text after the value. Null for any other
     * problem. Jackson has no exception types of their own for these, so they are told apart by its message.
     */
    public static FieldError notOneDocument(JsonProcessingException exception) {
        String message = String.valueOf(exception.getOriginalMessage());
        if (exception instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return new FieldError("#", "holds more than one JSON value; send exactly one");
        }
        if (exception instanceof JsonParseException parse && message.startsWith("Duplicate field")
                && parse.getProcessor() != null) {
            return new FieldError("#" + parse.getProcessor().getParsingContext().pathAsPointer(),
                    "is a member name that appears more than once in its object");
        }
        return null;
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        return JsonPointers.of(path.stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .toList());
    }

    static String describe(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException) {
            return "is not a field of this request body";
        }
        if (exception instanceof InvalidTypeIdException) {
            return "names an unknown type";
        }
        if (exception instanceof InvalidFormatException format) {
            return "must be " + expected(format.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", wireValues(type));
        }
        if (UUID.class.equals(type)) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 date-time with an offset, such as 2026-11-20T08:45:00+01:00";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && !boolean.class.equals(type)) {
            return "a number";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "true or false";
        }
        if (String.class.equals(type)) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** The values of an enum as JSON shows them: what its {@code @JsonValue} method returns, else the names. */
    static List<String> wireValues(Class<?> type) {
        Method jsonValue = Arrays.stream(type.getMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0)
                .findFirst().orElse(null);
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            try {
                return jsonValue == null ? ((Enum<?>) constant).name() : String.valueOf(jsonValue.invoke(constant));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the JSON value of " + constant, e);
            }
        }).toList();
    }
}
