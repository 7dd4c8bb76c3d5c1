package io.masthead.testing;

import io.masthead.cache.DirectWrites;
import io.masthead.media.Media;
import io.masthead.site.SiteContent;
import io.masthead.site.SiteRepository;
import io.masthead.site.SiteWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The site is a singleton shared by the whole run: a test that needs it saves it right before it reads, and
 * removes it afterwards, so that lookups elsewhere fall back to English as they do before any site exists.
 */
@ApplicationScoped
public class SiteFixture {
    public static final String BASE_URL = "https://news.test.example";
    public static final String EN_HOME = BASE_URL + "/en";
    public static final String DE_HOME = BASE_URL + "/de";
    public static final String EN_NAME = "The Test News";
    public static final String DE_NAME = "Die Testnachrichten";

    private final SiteWriter writer;
    private final SiteRepository sites;
    private final DirectWrites directWrites;

    SiteFixture(SiteWriter writer, SiteRepository sites, DirectWrites directWrites) {
        this.writer = writer;
        this.sites = sites;
        this.directWrites = directWrites;
    }

    /** A site named {@code name}, English by default, with an English and a German edition. */
    public void save(String name, Media logo) {
        writer.save(new SiteContent(name, logo == null ? null : logo.id, "en", "Europe/Berlin", BASE_URL,
                List.of(new SiteContent.EditionInput("en", EN_NAME, EN_HOME),
                        new SiteContent.EditionInput("de", DE_NAME, DE_HOME))));
    }

    public void remove() {
        QuarkusTransaction.requiringNew().run(() -> sites.findSite().ifPresent(site -> {
            sites.delete(site);
            directWrites.changedEverything();
        }));
    }
}
