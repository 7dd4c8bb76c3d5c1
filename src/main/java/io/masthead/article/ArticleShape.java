package io.masthead.article;

import io.masthead.delivery.BlockFormat;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a request wants of an article: the parts to embed, the top-level fields to keep (null: all) and the text
 * forms of its blocks. A part is fetched only when it is both included and among the fields, so that asking for
 * less also costs less.
 */
public record ArticleShape(Set<ArticlePart> included, Set<String> fields, BlockFormat format) {
    public static final ArticleShape FULL = new ArticleShape(EnumSet.allOf(ArticlePart.class), null, BlockFormat.BOTH);

    public boolean has(ArticlePart part) {
        return included.contains(part) && (fields == null || part.fields().stream().anyMatch(fields::contains));
    }

    /** Whether a field outside the parts is kept. */
    public boolean shows(String field) {
        return fields == null || fields.contains(field);
    }

    /**
     * The fields to serve: the requested ones (or all) without those of parts that are not included, which are
     * not fetched and so must not be shown as empty.
     */
    public Set<String> served(Iterable<String> all) {
        if (fields == null && included.size() == ArticlePart.values().length) {
            return null;
        }
        Set<String> served = new LinkedHashSet<>();
        all.forEach(field -> {
            if (shows(field)) {
                served.add(field);
            }
        });
        for (ArticlePart part : ArticlePart.values()) {
            if (!included.contains(part)) {
                part.fields().forEach(served::remove);
            }
        }
        return served;
    }
}
