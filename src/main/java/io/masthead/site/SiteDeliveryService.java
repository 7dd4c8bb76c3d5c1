package io.masthead.site;

import io.masthead.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class SiteDeliveryService {
    private final SiteRepository sites;

    SiteDeliveryService(SiteRepository sites) {
        this.sites = sites;
    }

    public SiteView get() {
        return sites.findSite().map(SiteView::of).orElseThrow(() -> new NotFound("site", "configured site"));
    }
}
