package io.masthead.sitemap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

@ConfigMapping(prefix = "masthead.sitemaps")
public interface SitemapConfig {
    /** The most URLs in one file; the sitemaps protocol allows 50,000. */
    int MAX_URLS_PER_FILE = 50_000;

    /**
     * Where crawlers fetch the sitemap files, when the public site proxies them (for example
     * {@code https://ledger.example/sitemaps}, for a site that forwards {@code /sitemaps/*} to
     * {@code /api/v1/sitemaps/*}). The index names its files below this URL. Unset, it names them at this API's
     * own address, which is right when crawlers reach the API directly.
     */
    Optional<@Pattern(regexp = "^https?://[^\\s?#]+[^/\\s?#]$", message = "must be an http or https URL without a "
            + "trailing slash, query or fragment") String> publicBaseUrl();

    /** How many article URLs one file lists; smaller values split months into more files. */
    @WithDefault("50000")
    @Min(1)
    @Max(MAX_URLS_PER_FILE)
    int urlsPerFile();
}
