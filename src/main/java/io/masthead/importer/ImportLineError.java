package io.masthead.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportLineError", additionalProperties = Schema.False.class,
        description = "A line that was not imported; nothing of it was stored.")
public record ImportLineError(
        @Schema(required = true, minimum = "1", description = "The line number in the uploaded file, counting from 1 "
                + "(blank lines included).", examples = "4")
        int line,
        @Schema(required = true, minItems = 1, maxItems = 500, description = "Everything wrong with the line, in "
                + "the order it was found.")
        List<ImportFieldError> errors) {
}
