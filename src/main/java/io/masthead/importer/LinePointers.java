package io.masthead.importer;

import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import java.util.Comparator;
import java.util.List;

/** Moves errors that point into a part of a line (an article, a media item) to pointers into the whole line. */
final class LinePointers {
    private LinePointers() {
    }

    /** {@code #/headline} under {@code #/article} is {@code #/article/headline}; {@code #} is the prefix itself. */
    static FieldError under(String prefix, FieldError error) {
        return new FieldError(prefix + error.pointer().substring(1), error.detail());
    }

    static InvalidContent under(String prefix, InvalidContent invalid) {
        return new InvalidContent(invalid.errors().stream().map(error -> under(prefix, error)).toList());
    }

    static InvalidContent sorted(List<FieldError> errors) {
        return new InvalidContent(errors.stream().sorted(Comparator.comparing(FieldError::pointer)).toList());
    }
}
