package io.masthead.error;

import java.util.List;

/** A request body that parsed but cannot be stored, with one entry per bad field. */
public final class InvalidContent extends DomainException {
    private final List<FieldError> errors;

    public InvalidContent(List<FieldError> errors) {
        super(errors.size() == 1
                ? errors.get(0).pointer() + " " + errors.get(0).detail() + "."
                : errors.size() + " fields are invalid; see errors.");
        this.errors = List.copyOf(errors);
    }

    public static InvalidContent of(String pointer, String detail) {
        return new InvalidContent(List.of(new FieldError(pointer, detail)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** A JSON Pointer (as a URI fragment, such as {@code #/blocks/2/mediaId}) and what is wrong there. */
    public record FieldError(String pointer, String detail) {
    }
}
