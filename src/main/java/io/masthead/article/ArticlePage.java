package io.masthead.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", additionalProperties = Schema.False.class,
        description = "One page of published articles, newest first.")
public record ArticlePage(
        @Schema(required = true, maxItems = 100, description = "Newest first.") List<ArticleSummary> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page. The same URL is in "
                + "the `Link` header with rel=\"next\".",
                examples = "MQoyMDI2LTExLTIwVDA3OjQ1OjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor) {
}
