package io.masthead.tag;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
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
        String after = cursor == null ? null : Cursor.decode(cursor, 1).get(0);
        String names = language != null ? language : site.defaultLanguage();
        List<Tag> found = tags.findPage(type, after, limit + 1);
        List<Tag> page = found.subList(0, Math.min(limit, found.size()));
        Map<UUID, Long> counts = tags.countPublishedArticles(page.stream().map(t -> t.id).toList(),
                clock.instant());
        List<TagView> items = page.stream()
                .map(tag -> TagView.of(tag, names, counts.getOrDefault(tag.id, 0L)))
                .toList();
        String next = found.size() > limit ? Cursor.encode(page.get(page.size() - 1).slug) : null;
        return new TagPage(items, next);
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
