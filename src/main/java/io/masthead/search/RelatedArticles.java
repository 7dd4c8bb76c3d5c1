package io.masthead.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.masthead.article.ArticleSummary;
import io.masthead.http.SurrogateKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelatedArticles", description = "Published articles in the same language that share tags with an "
        + "article, best first.")
public record RelatedArticles(
        @Schema(required = true, maxItems = 20, description = "Best first: the most shared tags, weighted by recency "
                + "(see the operation). Never the article itself; empty when it has no tags or nothing shares them.")
        List<ArticleSummary> items,
        @JsonIgnore UUID articleId,
        @JsonIgnore String language) {

    /** The feed (any publication can join the list), the article itself, and what the cards show. */
    @JsonIgnore
    public List<String> surrogateKeys() {
        Set<String> keys = new LinkedHashSet<>(List.of(SurrogateKeys.ARTICLES, SurrogateKeys.article(articleId)));
        items.forEach(item -> keys.addAll(item.surrogateKeys()));
        return List.copyOf(keys);
    }
}
