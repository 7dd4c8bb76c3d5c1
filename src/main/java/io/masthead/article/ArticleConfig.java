package io.masthead.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.articles")
public interface ArticleConfig {
    /** The reading speed behind the derived reading time. */
    @WithDefault("200")
    int wordsPerMinute();
}
