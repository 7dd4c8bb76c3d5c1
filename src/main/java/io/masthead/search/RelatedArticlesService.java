package io.masthead.search;

import io.masthead.article.ArticleLanguages;
import io.masthead.article.ArticleRepository;
import io.masthead.article.ArticleSummaries;
import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import io.masthead.localization.AcceptLanguage;
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
    private final ArticleLanguages languages;
    private final Clock clock;

    RelatedArticlesService(ArticleRepository articles, RelatedArticleRepository related, ArticleSummaries summaries,
                           ArticleLanguages languages, Clock clock) {
        this.articles = articles;
        this.related = related;
        this.summaries = summaries;
        this.languages = languages;
        this.clock = clock;
    }

    /** The articles related to the published article with this slug in {@code language} (null: negotiated),
     * each with only {@code fields} (null: all). */
    public RelatedArticles of(String slug, String language, AcceptLanguage accepted, int limit, Set<String> fields) {
        Instant now = clock.instant();
        String lookupLanguage = languages.of(slug, language, accepted, now);
        UUID id = articles.findPublishedId(lookupLanguage, slug, now)
                .orElseThrow(() -> new NotFound("published article", lookupLanguage + "/" + slug));
        return new RelatedArticles(summaries.of(related.find(id, lookupLanguage, limit, now), Map.of(), now,
                fields), id,
                lookupLanguage);
    }
}
