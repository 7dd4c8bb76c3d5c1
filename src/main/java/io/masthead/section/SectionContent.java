package io.masthead.section;

import io.masthead.http.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionContent", additionalProperties = Schema.False.class)
public record SectionContent(
        @NotBlank @Size(max = 120) @Pattern(regexp = Limits.SLUG_PATTERN) @Schema(required = true, examples = "politics")
        String slug,
        @NotEmpty @Schema(required = true, description = "Name per language.")
        Map<@Pattern(regexp = Limits.LANGUAGE_PATTERN) String, @NotBlank @Size(max = 200) String> names) {
}
