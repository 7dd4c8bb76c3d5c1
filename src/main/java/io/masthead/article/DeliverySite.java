package io.masthead.article;

import io.masthead.site.SiteRepository;
import io.masthead.syndication.Publication;
import io.masthead.syndication.Publications;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the read model's reads need of the site (its default language, and its publication for the translations'
 * URLs), kept for the epoch in which it was read: every change to the site raises the epoch, so a snapshot of the
 * current epoch is the current site, and the hot read needs no statement for it.
 */
@ApplicationScoped
class DeliverySite {
    private final SiteRepository sites;
    private final Publications publications;
    private volatile Snapshot snapshot;

    DeliverySite(SiteRepository sites, Publications publications) {
        this.sites = sites;
        this.publications = publications;
    }

    /**
     * The site as of {@code epoch}, read when the last snapshot is of another: in the caller's transaction, or in
     * one of its own for the reads that run without one.
     */
    Snapshot at(long epoch) {
        Snapshot current = snapshot;
        if (current == null || current.epoch() != epoch) {
            current = QuarkusTransaction.joiningExisting().call(() -> read(epoch));
            snapshot = current;
        }
        return current;
    }

    private Snapshot read(long epoch) {
        Publication publication = publications.find().orElse(null);
        return new Snapshot(epoch, publication == null ? sites.defaultLanguage() : publication.defaultLanguage(),
                publication);
    }

    /** {@code publication} is null while no site is configured. */
    record Snapshot(long epoch, String defaultLanguage, Publication publication) {
    }
}
