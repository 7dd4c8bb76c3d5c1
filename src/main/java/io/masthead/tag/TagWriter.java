package io.masthead.tag;

import io.masthead.error.Conflict;
import io.masthead.error.InvalidContent;
import io.masthead.persistence.Ids;
import io.masthead.platform.Slugs;
import io.masthead.search.SearchBackend;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Creates and changes tags. A slug is either a tag's or an alias: a tag that takes a slug reclaims it from the
 * alias that held it, and a renamed tag leaves its old slug behind as an alias, so that old links keep working.
 */
@ApplicationScoped
@Transactional
@ChangesDelivery
public class TagWriter {
    private final TagRepository tags;
    private final TagAliases aliases;
    private final SearchBackend search;
    private final Clock clock;

    TagWriter(TagRepository tags, TagAliases aliases, SearchBackend search, Clock clock) {
        this.tags = tags;
        this.aliases = aliases;
        this.search = search;
        this.clock = clock;
    }

    public Tag create(@NotNull @Valid TagContent content) {
        Tag tag = new Tag();
        tag.id = Ids.next();
        tag.createdAt = OffsetDateTime.now(clock);
        apply(tag, content, content.slug() != null ? content.slug() : derivedSlug(content));
        tags.persist(tag);
        tags.flush();
        return tag;
    }

    /**
     * Replaces everything editors control; omitting the slug keeps the current one. New names make the articles
     * carrying the tag searchable by them (and no longer by the old ones) in the same transaction.
     */
    public Tag replace(@NotNull Tag tag, @NotNull @Valid TagContent content) {
        String previousSlug = tag.slug;
        Map<String, String> previousNames = names(tag);
        apply(tag, content, content.slug() != null ? content.slug() : previousSlug);
        if (!tag.slug.equals(previousSlug)) {
            aliases.add(previousSlug, tag);
        }
        tags.flush();
        if (!names(tag).equals(previousNames)) {
            search.reindexCarrying(tag.id);
        }
        return tag;
    }

    private static Map<String, String> names(Tag tag) {
        Map<String, String> names = new HashMap<>();
        tag.localizations.forEach((language, localization) -> names.put(language, localization.name));
        return names;
    }

    private void apply(Tag tag, TagContent content, String slug) {
        Tag parent = content.parent() == null ? null : tags.findBySlug(content.parent())
                .orElseThrow(() -> InvalidContent.of("#/parent", "must be the slug of an existing tag"));
        if (parent != null && parent.descendsFrom(tag)) {
            throw InvalidContent.of("#/parent", "must not be the tag itself or one of the tags below it");
        }
        if (!slug.equals(tag.slug)) {
            tags.findBySlug(slug).ifPresent(other -> {
                throw new Conflict("The slug '" + slug + "' is already used by another tag.");
            });
            aliases.release(slug);
            tag.slug = slug;
        }
        tag.type = content.type();
        tag.parent = parent;
        tag.iptcMediaTopic = content.iptcMediaTopic();
        tag.wikidataQid = content.wikidataQid();
        tag.localizations.keySet().retainAll(content.names().keySet());
        content.names().forEach((language, localization) ->
                tag.localizations.put(language, new TagLocalization(localization.name(), localization.description())));
        tag.updatedAt = OffsetDateTime.now(clock);
    }

    private static String derivedSlug(TagContent content) {
        String slug = Slugs.of(new TreeMap<>(content.names()).firstEntry().getValue().name());
        if (slug.isEmpty()) {
            throw InvalidContent.of("#/slug", "is required: no slug can be derived from the names");
        }
        return slug;
    }
}
