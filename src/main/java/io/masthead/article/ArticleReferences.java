package io.masthead.article;

import io.masthead.body.Block;
import io.masthead.body.BlockInput;
import io.masthead.body.BodyBuilder;
import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.media.Media;
import io.masthead.media.MediaKind;
import io.masthead.media.MediaRepository;
import io.masthead.section.Section;
import io.masthead.section.SectionRepository;
import io.masthead.tag.Tag;
import io.masthead.tag.TagAliases;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves what an article's content refers to (section, media, tags) and builds its blocks, naming every
 * reference that does not resolve. It copes with content that failed validation, so that these problems can
 * be reported in the same 400 as the others.
 */
@ApplicationScoped
class ArticleReferences {
    private final SectionRepository sections;
    private final MediaRepository media;
    private final TagRepository tags;
    private final TagAliases aliases;
    private final BodyBuilder bodies;

    ArticleReferences(SectionRepository sections, MediaRepository media, TagRepository tags, TagAliases aliases,
                      BodyBuilder bodies) {
        this.sections = sections;
        this.media = media;
        this.tags = tags;
        this.aliases = aliases;
        this.bodies = bodies;
    }

    /** The content with what it refers to; the references that did not resolve are its problems. */
    record Resolved(ArticleContent content, Section section, Media hero, Media audio, List<Tag> tags,
                    List<Block> blocks, List<FieldError> problems) {
    }

    /** The content's references, all of which must resolve. */
    Resolved require(ArticleContent content) {
        Resolved resolved = resolve(content);
        if (!resolved.problems().isEmpty()) {
            throw new InvalidContent(resolved.problems());
        }
        return resolved;
    }

    Resolved resolve(ArticleContent content) {
        List<FieldError> problems = new ArrayList<>();
        Map<UUID, Media> mediaById = loadMedia(content);
        Function<UUID, Optional<Media>> findMedia = id -> Optional.ofNullable(mediaById.get(id));
        Section section = content.section() == null ? null : sections.findBySlug(content.section())
                .orElse(null);
        if (content.section() != null && section == null) {
            problems.add(new FieldError("#/section", "must be the slug of an existing section"));
        }
        Media hero = content.hero() == null || content.hero().mediaId() == null ? null
                : mediaOfKind(findMedia, content.hero().mediaId(), MediaKind.IMAGE, "#/hero/mediaId", problems);
        Media audio = content.audio() == null || content.audio().mediaId() == null ? null
                : mediaOfKind(findMedia, content.audio().mediaId(), MediaKind.AUDIO, "#/audio/mediaId", problems);
        List<Tag> resolvedTags = resolveTags(orEmpty(content.tags()), problems);
        List<Block> blocks = bodies.build(orEmpty(content.blocks()), findMedia, "#/blocks", problems);
        return new Resolved(content, section, hero, audio, resolvedTags, blocks, problems);
    }

    private Map<UUID, Media> loadMedia(ArticleContent content) {
        Set<UUID> ids = new HashSet<>();
        if (content.hero() != null) {
            ids.add(content.hero().mediaId());
        }
        if (content.audio() != null) {
            ids.add(content.audio().mediaId());
        }
        orEmpty(content.blocks()).stream()
                .filter(BlockInput.Image.class::isInstance)
                .map(block -> ((BlockInput.Image) block).mediaId())
                .forEach(ids::add);
        ids.remove(null);
        return ids.isEmpty() ? Map.of() : media.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
    }

    private static Media mediaOfKind(Function<UUID, Optional<Media>> findMedia, UUID id, MediaKind kind,
                                     String pointer, List<FieldError> problems) {
        return findMedia.apply(id).filter(item -> item.kind == kind).orElseGet(() -> {
            problems.add(new FieldError(pointer, "must be the id of an " + kind.wire() + " media item"));
            return null;
        });
    }

    /**
     * The tags of these slugs, in order. The old slug of a merged or renamed tag stands for the tag it became, so
     * that older content (a restored revision, an integration that cached slugs) still saves.
     */
    private List<Tag> resolveTags(List<String> slugs, List<FieldError> problems) {
        List<String> named = slugs.stream().filter(Objects::nonNull).toList();
        Map<String, Tag> bySlug = new HashMap<>();
        if (!named.isEmpty()) {
            tags.list("slug in ?1", named).forEach(tag -> bySlug.put(tag.slug, tag));
            bySlug.putAll(aliases.resolve(named.stream().filter(slug -> !bySlug.containsKey(slug)).toList()));
        }
        List<Tag> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (slugs.get(i) == null) {
                continue;
            }
            Tag tag = bySlug.get(slugs.get(i));
            if (tag == null) {
                problems.add(new FieldError("#/tags/" + i, "must be the slug of an existing tag"));
            } else if (!seen.add(tag.slug)) {
                problems.add(new FieldError("#/tags/" + i, "repeats a tag listed before"));
            } else {
                resolved.add(tag);
            }
        }
        return resolved;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
