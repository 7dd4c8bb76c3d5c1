package io.masthead.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportErrorPage", additionalProperties = Schema.False.class,
        description = "One page of the lines of an import that were not imported, in line order.")
public record ImportErrorPage(
        @Schema(required = true, maxItems = 100, description = "In line order.") List<ImportLineError> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "An16HCHkagdOOgX6Y68u5QoyMTI")
        String nextCursor) {
}
