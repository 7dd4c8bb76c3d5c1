package io.masthead.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

@ConfigMapping(prefix = "masthead.articles")
public interface ArticleConfig {
    /** The reading speed behind the derived reading time. */
    @WithDefault("200")
    int wordsPerMinute();

    /** The embed providers (names of masthead.embeds.providers) whose embeds make an article match type=video. */
    @WithDefault("youtube,vimeo")
    Set<String> videoProviders();
}
