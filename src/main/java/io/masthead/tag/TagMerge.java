package io.masthead.tag;

import io.masthead.http.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagMerge", additionalProperties = Schema.False.class,
        description = "Which tag the merged tag is folded into.")
public record TagMerge(
        @NotBlank @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN)
        @Schema(required = true, description = "The slug of the tag that remains.", examples = "japan")
        String into) {
}
