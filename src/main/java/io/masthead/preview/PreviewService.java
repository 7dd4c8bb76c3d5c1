package io.masthead.preview;

import io.masthead.article.ArticleDetail;
import io.masthead.article.ArticlePreviews;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

@ApplicationScoped
public class PreviewService {
    private final PreviewTokens tokens;
    private final ArticlePreviews previews;
    private final PreviewConfig config;
    private final Clock clock;

    PreviewService(PreviewTokens tokens, ArticlePreviews previews, PreviewConfig config, Clock clock) {
        this.tokens = tokens;
        this.previews = previews;
        this.config = config;
        this.clock = clock;
    }

    public PreviewLink issue(UUID articleId) {
        previews.requireExists(articleId);
        Instant expiresAt = clock.instant().plus(config.ttl());
        String token = tokens.issue(articleId, expiresAt);
        return new PreviewLink(token, expiresAt.atOffset(ZoneOffset.UTC));
    }

    public ArticleDetail show(String token) {
        return previews.preview(tokens.verify(token));
    }
}
