package io.masthead.site;

import io.masthead.error.InvalidContent;
import io.masthead.media.MediaKind;
import io.masthead.media.MediaRepository;
import io.masthead.cache.ChangesDelivery;
import io.masthead.platform.SharedContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

@ApplicationScoped
@Transactional
@ChangesDelivery
public class SiteWriter {
    private final SiteRepository sites;
    private final MediaRepository media;
    private final Event<SharedContentChanged> shared;
    private final Clock clock;

    SiteWriter(SiteRepository sites, MediaRepository media, Event<SharedContentChanged> shared, Clock clock) {
        this.sites = sites;
        this.media = media;
        this.shared = shared;
        this.clock = clock;
    }

    /** Creates the site or replaces its settings. */
    public Site save(@NotNull @Valid SiteContent content) {
        try {
            ZoneId.of(content.timeZone());
        } catch (DateTimeException e) {
            throw InvalidContent.of("#/timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        Site site = sites.findSite().orElseGet(Site::new);
        site.name = content.name();
        site.logo = content.logoMediaId() == null ? null : media.findByIdOptional(content.logoMediaId())
                .filter(logo -> logo.kind == MediaKind.IMAGE)
                .orElseThrow(() -> InvalidContent.of("#/logoMediaId", "must be the id of an image media item"));
        site.defaultLanguage = content.defaultLanguage();
        site.timeZone = content.timeZone();
        site.baseUrl = content.baseUrl();
        site.editions.clear();
        content.editions().forEach(e -> site.editions.add(new Edition(e.language(), e.name(), e.baseUrl())));
        site.updatedAt = OffsetDateTime.now(clock);
        if (!sites.isPersistent(site)) {
            sites.persist(site);
        }
        shared.fire(new SharedContentChanged("site"));
        return site;
    }
}
