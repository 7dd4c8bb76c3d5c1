package io.masthead.search;

import io.masthead.article.ArticleRepository;
import io.masthead.article.ArticleSummaries;
import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ReadOnly
public class RelatedArticlesService {
    private final ArticleRepository articles;
    private final RelatedArticleRepository related;
    private final ArticleSummaries summaries;
    private final SiteRepository site;
    private final Clock clock;

    RelatedArticlesService(ArticleRepository articles, RelatedArticleRepository related, ArticleSummaries summaries,
                           SiteRepository site, Clock clock) {
        this.articles = articles;
        this.related = related;
        this.summaries = summaries;
        this.site = site;
        this.clock = clock;
    }

    /** The articles related to the published article with this slug in {@code language} (null: the default),
     * each with only {@code fields} (null: all). */
    public RelatedArticles of(String slug, String language, int limit, Set<String> fields) {
        Instant now = clock.instant();
        String lookupLanguage = language != null ? language : site.defaultLanguage();
        UUID id = articles.findPublishedId(lookupLanguage, slug, now)
                .orElseThrow(() -> new NotFound("published article", lookupLanguage + "/" + slug));
        return new RelatedArticles(summaries.of(related.find(id, lookupLanguage, limit, now), Map.of(), now,
                fields), id);
    }
}
