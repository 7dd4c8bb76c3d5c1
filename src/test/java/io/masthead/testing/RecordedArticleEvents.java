package io.masthead.testing;

import io.masthead.article.ArticleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every article event the application fires during the test run, to check which ones a change causes. */
@ApplicationScoped
public class RecordedArticleEvents {
    private final List<ArticleChanged> events = new CopyOnWriteArrayList<>();

    void record(@Observes ArticleChanged event) {
        events.add(event);
    }

    /** The event types fired for one article, in order. */
    public List<ArticleChanged.Type> of(UUID articleId) {
        return events.stream().filter(event -> event.articleId().equals(articleId)).map(ArticleChanged::type).toList();
    }
}
