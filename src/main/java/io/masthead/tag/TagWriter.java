package io.masthead.tag;

import io.masthead.error.InvalidContent;
import io.masthead.persistence.Ids;
import io.masthead.platform.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.TreeMap;

@ApplicationScoped
@Transactional
public class TagWriter {
    private final TagRepository tags;
    private final Clock clock;

    TagWriter(TagRepository tags, Clock clock) {
        this.tags = tags;
        this.clock = clock;
    }

    public Tag create(@NotNull @Valid TagContent content) {
        Tag tag = new Tag();
        tag.id = Ids.next();
        tag.slug = content.slug() != null
                ? content.slug()
                : Slugs.of(new TreeMap<>(content.names()).firstEntry().getValue().name());
        tag.type = content.type();
        tag.parent = content.parent() == null ? null : tags.findBySlug(content.parent())
                .orElseThrow(() -> InvalidContent.of("#/parent", "must be the slug of an existing tag"));
        tag.iptcMediaTopic = content.iptcMediaTopic();
        tag.wikidataQid = content.wikidataQid();
        content.names().forEach((language, localization) ->
                tag.localizations.put(language, new TagLocalization(localization.name(), localization.description())));
        tag.createdAt = OffsetDateTime.now(clock);
        tag.updatedAt = tag.createdAt;
        tags.persist(tag);
        return tag;
    }
}
