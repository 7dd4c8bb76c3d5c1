package io.masthead.site;

import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
@ReadOnly
public class SiteDeliveryService {
    private final SiteRepository sites;

    SiteDeliveryService(SiteRepository sites) {
        this.sites = sites;
    }

    public SiteView get() {
        return sites.findSite().map(SiteView::of).orElseThrow(() -> new NotFound("site", "configured site"));
    }
}
