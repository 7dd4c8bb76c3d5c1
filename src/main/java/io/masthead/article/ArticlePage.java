package io.masthead.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.masthead.http.SurrogateKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", additionalProperties = Schema.False.class,
        description = "One page of published articles, in the order of `sort`.")
public record ArticlePage(
        @Schema(required = true, maxItems = 100, description = "In the order of `sort`.") List<ArticleSummary> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page. The same URL is in "
                + "the `Link` header with rel=\"next\".",
                examples = "AvLLjJFpwBI1o1_LxdlvHq4yMDI2LTExLTIwVDA3OjQ1OjAwWgowMTkyZjBjNC0zYjFlLTdjNTUtOWE1MS01ZDZlMGYxYTJiM2M")
        String nextCursor,
        @Schema(minimum = "0", maximum = "9007199254740991", description = "How many articles the whole list holds "
                + "(every page, not only this one), counted exactly when the request asked for it with `count=true`; "
                + "absent otherwise.", examples = "128")
        Long total) {

    static ArticlePage empty(boolean counted) {
        return new ArticlePage(List.of(), null, counted ? 0L : null);
    }

    /**
     * What this page shows, so that a CDN can purge it when any of these change: the feed, its articles and the
     * tags and lead images they show.
     */
    @JsonIgnore
    public List<String> surrogateKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.ARTICLES);
        items.forEach(item -> keys.addAll(item.surrogateKeys()));
        return List.copyOf(keys);
    }
}
