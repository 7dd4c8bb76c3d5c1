package io.masthead.syndication;

import io.masthead.error.NotFound;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads the publication for the standard formats, inside the caller's transaction. */
@ApplicationScoped
public class Publications {
    private final SiteRepository sites;
    private final SyndicationConfig config;

    Publications(SiteRepository sites, SyndicationConfig config) {
        this.sites = sites;
        this.config = config;
    }

    /** The configured site; feeds, sitemaps and linked data cannot name or link anything without it. */
    public Publication current() {
        return find().orElseThrow(() -> new NotFound("site", "configured site"));
    }

    /** The configured site, if there is one, for answers that can do without public URLs. */
    public Optional<Publication> find() {
        return sites.findSite().map(site -> Publication.of(site, config));
    }
}
