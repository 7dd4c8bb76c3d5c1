package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", additionalProperties = Schema.False.class,
        description = "One page of published articles, newest first.")
public record ArticlePage(
        @Schema(required = true, maxItems = 100, description = "Newest first.") List<ArticleSummary> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page. The same URL is in "
                + "the `Link` header with rel=\"next\".",
                examples = "AvLLjJFpwBI1o1_LxdlvHq4yMDI2LTExLTIwVDA3OjQ1OjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor) {

    /**
     * What this page shows, so that a CDN can purge it when any of these change: the feed, its articles and the
     * tags and lead images they show.
     */
    @JsonIgnore
    public List<String> surrogateKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("articles");
        for (ArticleSummary item : items) {
            keys.add("article:" + item.id());
            item.tags().forEach(tag -> keys.add("tag:" + tag.id()));
            if (item.hero() != null) {
                keys.add("media:" + item.hero().media().id());
            }
        }
        return List.copyOf(keys);
    }
}
