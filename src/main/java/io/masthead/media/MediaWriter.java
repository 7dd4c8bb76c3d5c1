package io.masthead.media;

import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.persistence.Ids;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ChangesDelivery
public class MediaWriter {
    private final MediaRepository media;
    private final Clock clock;

    MediaWriter(MediaRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    public Media create(@NotNull @Valid MediaContent content) {
        return create(Ids.next(), content);
    }

    /** Creates the item with a given id, for content that must keep its identity (imports, demo content). */
    public Media create(@NotNull UUID id, @NotNull @Valid MediaContent content) {
        checkKindRules(content);
        Media item = new Media();
        item.id = id;
        item.createdAt = OffsetDateTime.now(clock);
        apply(item, content);
        media.persist(item);
        return item;
    }

    /** Replaces all metadata; callers check first that a new kind still suits every place the item is used. */
    public Media replace(@NotNull Media item, @NotNull @Valid MediaContent content) {
        checkKindRules(content);
        apply(item, content);
        media.flush();
        return item;
    }

    private void apply(Media item, MediaContent content) {
        item.kind = content.kind();
        item.url = content.url();
        item.mimeType = content.mimeType();
        item.width = content.width();
        item.height = content.height();
        item.durationSeconds = content.durationSeconds();
        item.altText = content.altText();
        item.caption = content.caption();
        item.credit = content.credit();
        item.copyright = content.copyright();
        item.narrator = content.narrator();
        item.focalX = content.focalPoint() == null ? null : content.focalPoint().x();
        item.focalY = content.focalPoint() == null ? null : content.focalPoint().y();
        item.renditions.clear();
        if (content.renditions() != null) {
            content.renditions().forEach(r -> item.renditions.add(
                    new Rendition(r.name(), r.url(), r.width(), r.height(), r.mimeType())));
        }
        item.updatedAt = OffsetDateTime.now(clock);
    }

    private static void checkKindRules(MediaContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.kind() == MediaKind.IMAGE && (content.altText() == null || content.altText().isBlank())) {
            errors.add(new FieldError("#/altText", "is required for images"));
        }
        if (content.kind() != MediaKind.IMAGE && content.focalPoint() != null) {
            errors.add(new FieldError("#/focalPoint", "applies to images only"));
        }
        if (content.kind() != MediaKind.IMAGE && content.durationSeconds() == null) {
            errors.add(new FieldError("#/durationSeconds", "is required for audio and video"));
        }
        if (content.renditions() != null) {
            long distinct = content.renditions().stream().map(MediaContent.RenditionInput::name).distinct().count();
            if (distinct < content.renditions().size()) {
                errors.add(new FieldError("#/renditions", "must have distinct names"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContent(errors);
        }
    }
}
