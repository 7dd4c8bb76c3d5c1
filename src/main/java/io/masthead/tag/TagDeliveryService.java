package io.masthead.tag;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import io.masthead.localization.AcceptLanguage;
import io.masthead.persistence.ReadOnly;
import io.masthead.platform.Localized;
import io.masthead.site.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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

    /**
     * One page of tags named in {@code language}, or when that is null in the language negotiated among those any
     * tag has a name in, so that every page of the list is named in the same language.
     */
    public Listing list(TagType type, String language, AcceptLanguage accepted, String cursor, int limit) {
        String after = Keyset.decodeKey(cursor);
        Keyset.Page<Tag> page = Keyset.page(tags.findPage(type, after, Keyset.fetchSize(limit)), limit,
                last -> Cursor.encode(last.slug));
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        String names = language(language, accepted,
                language != null || accepted.isEmpty() ? Set.of() : tags.findLanguages(), siteDefault);
        Map<UUID, Long> counts = tags.countPublishedArticles(page.items().stream().map(t -> t.id).toList(),
                clock.instant());
        List<TagView> items = page.items().stream()
                .map(tag -> TagView.of(tag, names, siteDefault, counts.getOrDefault(tag.id, 0L)))
                .toList();
        return new Listing(new TagPage(items, page.next()), names);
    }

    /** The tag with this slug, or, for the old slug of a merged or renamed tag, where it lives now. */
    public Lookup bySlug(String slug, String language, AcceptLanguage accepted) {
        Tag tag = tags.findBySlug(slug).orElse(null);
        if (tag == null) {
            return new Lookup(null, aliases.currentSlug(slug).orElseThrow(() -> new NotFound("tag", slug)), null);
        }
        long count = tags.countPublishedArticles(List.of(tag.id), clock.instant()).getOrDefault(tag.id, 0L);
        Supplier<String> siteDefault = Localized.once(site::defaultLanguage);
        String names = language(language, accepted, tag.localizations.keySet(), siteDefault);
        return new Lookup(TagView.of(tag, names, siteDefault, count), null,
                Localized.pickLanguage(tag.localizations, names, siteDefault));
    }

    /**
     * {@code lang} when given; else the best of the reader's languages that the names exist in; else the site's
     * default language, where the names' fallback chain starts anyway.
     */
    private static String language(String lang, AcceptLanguage accepted, Set<String> available,
                                   Supplier<String> siteDefault) {
        if (lang != null) {
            return lang;
        }
        return accepted.lookup(available, siteDefault.get()).orElseGet(siteDefault);
    }

    /** A page of tags and the language they are named in (where they have a name in it). */
    public record Listing(TagPage page, String language) {
    }

    /** Either the tag and the language its name is in (null: it has none but its slug) or, when the slug is an alias, the tag's current slug. */
    public record Lookup(TagView tag, String movedTo, String language) {
    }
}
