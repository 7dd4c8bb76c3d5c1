package io.masthead.importer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportFieldError", additionalProperties = Schema.False.class,
        description = "One thing wrong with a line, located by a JSON Pointer into the line.")
public record ImportFieldError(
        @Schema(required = true, description = "A JSON Pointer (RFC 6901, as a URI fragment) into the line; `#` is "
                + "the line as a whole.", examples = "#/article/headline")
        String pointer,
        @Schema(required = true, description = "What is wrong there, in words a developer can act on.",
                examples = "must not be blank")
        String detail) {
}
