package io.masthead.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.masthead.http.Problem.ProblemError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies that are not valid JSON, or not the JSON an operation expects. The detail is written here and
 * names the field by JSON Pointer; Jackson's own message is never used, because it names Java classes.
 */
public class JsonBodyProblems {

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return invalid(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException exception, UriInfo uri) {
        return invalid(exception, uri);
    }

    static Response invalid(JsonProcessingException exception, UriInfo uri) {
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

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder("#");
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
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
            return "one of the values the contract lists";
        }
        if (UUID.class.equals(type)) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 date-time with an offset, such as 2026-11-20T08:45:00+01:00";
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
}
