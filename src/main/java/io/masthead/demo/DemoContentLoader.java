package io.masthead.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.article.Article;
import io.masthead.article.ArticleChanged;
import io.masthead.article.ArticleContent;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleWriter;
import io.masthead.media.MediaContent;
import io.masthead.media.MediaWriter;
import io.masthead.persistence.WireEnum;
import io.masthead.section.SectionWriter;
import io.masthead.site.SiteRepository;
import io.masthead.site.SiteWriter;
import io.masthead.tag.TagWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Fills an empty database with the demo publication, through the same writers the management API uses. */
@ApplicationScoped
public class DemoContentLoader {
    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);
    static final String RESOURCE = "demo/content.json";
    static final String AUTHOR = "demo-content";

    private final DemoConfig config;
    private final ObjectMapper mapper;
    private final SiteRepository sites;
    private final SiteWriter siteWriter;
    private final SectionWriter sectionWriter;
    private final TagWriter tagWriter;
    private final MediaWriter mediaWriter;
    private final ArticleWriter articleWriter;
    private final Event<ArticleChanged> events;
    private final Clock clock;

    DemoContentLoader(DemoConfig config, ObjectMapper mapper, SiteRepository sites, SiteWriter siteWriter,
                      SectionWriter sectionWriter, TagWriter tagWriter, MediaWriter mediaWriter,
                      ArticleWriter articleWriter, Event<ArticleChanged> events, Clock clock) {
        this.config = config;
        this.mapper = mapper;
        this.sites = sites;
        this.siteWriter = siteWriter;
        this.sectionWriter = sectionWriter;
        this.tagWriter = tagWriter;
        this.mediaWriter = mediaWriter;
        this.articleWriter = articleWriter;
        this.events = events;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        }
    }

    private void loadIfEmpty() {
        if (sites.count() == 0) {
            load();
        }
    }

    /** Writes the whole demo publication in the caller's transaction and returns its articles. */
    List<Article> load() {
        DemoContent demo = read();
        for (ObjectNode media : demo.media()) {
            UUID id = UUID.fromString(media.remove("id").asText());
            mediaWriter.create(id, mapper.convertValue(media, MediaContent.class));
        }
        demo.sections().forEach(sectionWriter::create);
        demo.tags().forEach(tagWriter::create);
        siteWriter.save(demo.site());
        Map<String, UUID> idsByKey = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (DemoContent.DemoArticle entry : demo.articles()) {
            Article article = articleWriter.create(withDemoFields(entry, idsByKey),
                    WireEnum.fromWire(ArticleStatus.class, entry.status()), AUTHOR);
            idsByKey.put(entry.key(), article.id);
            articles.add(article);
            if (article.status == ArticleStatus.PUBLISHED) {
                // What the management API announces for a published article, so that sync clients and webhooks
                // hear of the demo content as of any other.
                events.fire(ArticleChanged.of(ArticleChanged.Type.PUBLISHED, article, false));
            }
        }
        LOG.infof("Loaded the demo publication: %d articles, %d media items, %d tags",
                articles.size(), demo.media().size(), demo.tags().size());
        return articles;
    }

    private ArticleContent withDemoFields(DemoContent.DemoArticle entry, Map<String, UUID> idsByKey) {
        ArticleContent c = entry.content();
        OffsetDateTime publishedAt = entry.publishIn() == null
                ? c.publishedAt()
                : OffsetDateTime.now(clock).plus(Duration.parse(entry.publishIn()));
        UUID translationOf = entry.translationOf() == null ? null : idsByKey.get(entry.translationOf());
        return new ArticleContent(c.language(), c.slug(), c.headline(), c.kicker(), c.standfirst(), c.section(),
                c.hero(), c.audio(), c.contributors(), c.sources(), c.tags(), publishedAt, c.seo(), translationOf,
                c.blocks());
    }

    private DemoContent read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return mapper.readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
