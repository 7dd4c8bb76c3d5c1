package io.masthead.body;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Set;

@ConfigMapping(prefix = "masthead.embeds")
public interface EmbedConfig {
    /** The providers an embed block may point at: provider name to the exact host names it serves from. */
    Map<String, Set<String>> providers();
}
