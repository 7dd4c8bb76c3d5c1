package io.masthead.tag;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import io.masthead.persistence.ReadOnly;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ReadOnly
public class TagDeliveryService {
    private final TagRepository tags;
    private final TagAliases aliases;
    private final SiteRepository site;
    private final Clock clock;

    TagDeliveryService(TagRepository tags, TagAliases aliases, SiteRepository site, Clock clock) {
        this.tags = tags;
        this.aliases = aliases;
        this.site = site;
        this.clock = clock;
    }

    public TagPage list(TagType type, String language, String cursor, int limit) {
        String after = Keyset.decodeKey(cursor);
        String names = language != null ? language : site.defaultLanguage();
        Keyset.Page<Tag> page = Keyset.page(tags.findPage(type, after, Keyset.fetchSize(limit)), limit,
                last -> Cursor.encode(last.slug));
        Map<UUID, Long> counts = tags.countPublishedArticles(page.items().stream().map(t -> t.id).toList(),
                clock.instant());
        List<TagView> items = page.items().stream()
                .map(tag -> TagView.of(tag, names, counts.getOrDefault(tag.id, 0L)))
                .toList();
        return new TagPage(items, page.next());
    }

    /** The tag with this slug, or, for the old slug of a merged or renamed tag, where it lives now. */
    public Lookup bySlug(String slug, String language) {
        Tag tag = tags.findBySlug(slug).orElse(null);
        if (tag == null) {
            return new Lookup(null, aliases.currentSlug(slug).orElseThrow(() -> new NotFound("tag", slug)));
        }
        long count = tags.countPublishedArticles(List.of(tag.id), clock.instant()).getOrDefault(tag.id, 0L);
        return new Lookup(TagView.of(tag, language != null ? language : site.defaultLanguage(), count), null);
    }

    /** Either the tag or, when the slug is an alias, the tag's current slug. */
    public record Lookup(TagView tag, String movedTo) {
    }
}
