package io.masthead.tag;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.article.EmbeddedChanges;
import io.masthead.error.Conflict;
import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import io.masthead.http.JsonBodies;
import io.masthead.http.Preconditions;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creating, reading, changing, merging and deleting tags. */
@ApplicationScoped
@Transactional
public class TagManagementService {
    private final TagWriter writer;
    private final TagMerger merger;
    private final TagRepository tags;
    private final TagAliases aliases;
    private final TaggedArticles articles;
    private final EmbeddedChanges shown;
    private final JsonBodies bodies;

    TagManagementService(TagWriter writer, TagMerger merger, TagRepository tags, TagAliases aliases,
                         TaggedArticles articles, EmbeddedChanges shown, JsonBodies bodies) {
        this.writer = writer;
        this.merger = merger;
        this.tags = tags;
        this.aliases = aliases;
        this.articles = articles;
        this.shown = shown;
        this.bodies = bodies;
    }

    public ManagedTag create(JsonNode body) {
        return view(writer.create(bodies.read(body, TagContent.class, ManagedTag.SERVER_OWNED)));
    }

    public ManagedTagPage list(TagType type, String cursor, int limit) {
        List<Tag> found = tags.findPage(type, Keyset.decodeKey(cursor), Keyset.fetchSize(limit));
        Keyset.Page<Tag> page = Keyset.page(found, limit, last -> Cursor.encode(last.slug));
        List<UUID> ids = page.items().stream().map(tag -> tag.id).toList();
        Map<UUID, Long> counts = tags.countArticlesInAnyState(ids);
        Map<UUID, List<String>> aliasesById = aliases.of(ids);
        List<ManagedTag> items = page.items().stream().map(tag -> ManagedTag.of(tag, counts.getOrDefault(tag.id, 0L),
                aliasesById.getOrDefault(tag.id, List.of()))).toList();
        return new ManagedTagPage(items, page.next());
    }

    public ManagedTag get(UUID id) {
        return view(tags.findByIdOptional(id).orElseThrow(() -> new NotFound("tag", id)));
    }

    /**
     * A new slug changes the content of every article carrying the tag, so each gets a new version. A new name or
     * type changes only how published articles show the tag, so they are announced as updated.
     */
    public ManagedTag replace(UUID id, String ifMatch, JsonNode body, String author) {
        TagContent content = bodies.read(body, TagContent.class, ManagedTag.SERVER_OWNED);
        Tag tag = lockCurrent(id, ifMatch);
        String previousSlug = tag.slug;
        Shown previouslyShown = Shown.of(tag);
        writer.replace(tag, content);
        if (!tag.slug.equals(previousSlug)) {
            articles.retagged(articles.carrying(tag), author);
        } else if (!Shown.of(tag).equals(previouslyShown)) {
            shown.tagChanged(tag.id);
        }
        return view(tag);
    }

    /** What an article shows of a tag besides its slug (see TagRef). */
    private record Shown(TagType type, Map<String, String> names) {
        static Shown of(Tag tag) {
            Map<String, String> names = new HashMap<>();
            tag.localizations.forEach((language, localization) -> names.put(language, localization.name));
            return new Shown(tag.type, names);
        }
    }

    @ChangesDelivery
    public ManagedTag merge(UUID id, String ifMatch, JsonNode body, String author) {
        TagMerge request = bodies.read(body, TagMerge.class, Set.of());
        return view(merger.merge(id, ifMatch, request, author));
    }

    @ChangesDelivery
    public void delete(UUID id, String ifMatch) {
        Tag tag = lockCurrent(id, ifMatch);
        long used = tags.countArticlesInAnyState(List.of(id)).getOrDefault(id, 0L);
        if (used > 0) {
            throw new Conflict("Tag '" + tag.slug + "' is used by " + used + " article(s) in some state; merge it "
                    + "into another tag instead (POST /manage/v1/tags/" + id + "/merge), which re-tags them.");
        }
        List<String> children = tags.childSlugs(tag);
        if (!children.isEmpty()) {
            throw new Conflict("Tag '" + tag.slug + "' is the parent of " + children.size() + " tag(s) ("
                    + String.join(", ", children.subList(0, Math.min(10, children.size())))
                    + (children.size() > 10 ? ", ..." : "")
                    + "); give them another parent first, or merge this tag into another one.");
        }
        tags.delete(tag);
    }

    private Tag lockCurrent(UUID id, String ifMatch) {
        Tag tag = tags.findForUpdate(id).orElseThrow(() -> new NotFound("tag", id));
        Preconditions.requireCurrent(ifMatch, tag.version);
        return tag;
    }

    private ManagedTag view(Tag tag) {
        return ManagedTag.of(tag, tags.countArticlesInAnyState(List.of(tag.id)).getOrDefault(tag.id, 0L),
                aliases.of(List.of(tag.id)).getOrDefault(tag.id, List.of()));
    }
}
