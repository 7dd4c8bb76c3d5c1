package io.masthead.article;

import com.fasterxml.jackson.databind.util.RawValue;
import io.masthead.http.SurrogateKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page of the article list as it is served: the {@link ArticlePage} built from the designed queries, or the
 * same page assembled from the cards of the read model, which serializes to the same bytes.
 */
public record ServedPage(Object body, String nextCursor, List<String> surrogateKeys) {

    static ServedPage of(ArticlePage page) {
        return new ServedPage(page, page.nextCursor(), page.surrogateKeys());
    }

    /** From rows that all carry their card. */
    static ServedPage rendered(List<PageRow> rows, String nextCursor, Long total) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.ARTICLES);
        rows.forEach(row -> keys.addAll(List.of(row.summaryKeys().split(" "))));
        return new ServedPage(new RenderedPage(rows.stream().map(row -> new RawValue(row.summary())).toList(),
                nextCursor, total), nextCursor, List.copyOf(keys));
    }

    /** {@link ArticlePage}'s members in its order, with the cards already serialized. */
    public record RenderedPage(List<RawValue> items, String nextCursor, Long total) {
    }
}
