package io.masthead.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedArticlePage", additionalProperties = Schema.False.class,
        description = "One page of articles in any state, most recently changed first.")
public record ManagedArticlePage(
        @Schema(required = true, maxItems = 100, description = "Most recently changed first.")
        List<ManagedArticleSummary> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "AjRPhnSki87bru4Xzw7xrcgyMDI2LTExLTIwVDA4OjEwOjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor) {
}
