package io.masthead.tag;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class TagDeliveryService {
    private final TagRepository tags;
    private final SiteRepository site;
    private final Clock clock;

    TagDeliveryService(TagRepository tags, SiteRepository site, Clock clock) {
        this.tags = tags;
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

    public TagView bySlug(String slug, String language) {
        Tag tag = tags.findBySlug(slug).orElseThrow(() -> new NotFound("tag", slug));
        long count = tags.countPublishedArticles(List.of(tag.id), clock.instant()).getOrDefault(tag.id, 0L);
        return TagView.of(tag, language != null ? language : site.defaultLanguage(), count);
    }
}
