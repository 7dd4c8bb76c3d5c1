package io.masthead.importer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportErrorPage", additionalProperties = Schema.False.class)
public record ImportErrorPage(
        @Schema(required = true, maxItems = 100, description = "In line order.") List<ImportLineError> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor) {
}
