package io.masthead.media;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManagedMediaPage", additionalProperties = Schema.False.class,
        description = "One page of media items, newest first.")
public record ManagedMediaPage(
        @Schema(required = true, maxItems = 100, description = "Newest first.") List<ManagedMediaSummary> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.",
                examples = "AjRPhnSki87bru4Xzw7xrcgyMDI2LTExLTIwVDA4OjEwOjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor) {
}
