package io.masthead.site;

import io.masthead.error.NotFound;
import io.masthead.http.Modified;
import io.masthead.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
@Transactional
@ReadOnly
public class SiteDeliveryService {
    private final SiteRepository sites;

    SiteDeliveryService(SiteRepository sites) {
        this.sites = sites;
    }

    /** The settings, last modified when they or the logo they show last changed. */
    public Modified<SiteView> get() {
        Site site = sites.findSite().orElseThrow(() -> new NotFound("site", "configured site"));
        Instant modified = site.updatedAt.toInstant();
        if (site.logo != null && site.logo.updatedAt.toInstant().isAfter(modified)) {
            modified = site.logo.updatedAt.toInstant();
        }
        return new Modified<>(SiteView.of(site), modified);
    }
}
