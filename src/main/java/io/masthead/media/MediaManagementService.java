package io.masthead.media;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.article.EmbeddedChanges;
import io.masthead.error.Conflict;
import io.masthead.error.NotFound;
import io.masthead.http.JsonBodies;
import io.masthead.http.Keyset;
import io.masthead.http.Preconditions;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Creating, reading, changing and deleting media metadata, with where each item is used. */
@ApplicationScoped
@Transactional
public class MediaManagementService {
    private final MediaWriter writer;
    private final MediaRepository media;
    private final MediaUsages usages;
    private final EmbeddedChanges shown;
    private final JsonBodies bodies;

    MediaManagementService(MediaWriter writer, MediaRepository media, MediaUsages usages, EmbeddedChanges shown,
                           JsonBodies bodies) {
        this.writer = writer;
        this.media = media;
        this.usages = usages;
        this.shown = shown;
        this.bodies = bodies;
    }

    /** Creates the item; {@code beforeCommit} gets its representation inside the transaction that stores it. */
    public ManagedMedia create(JsonNode body, Consumer<ManagedMedia> beforeCommit) {
        Media item = writer.create(bodies.read(body, MediaContent.class, ManagedMedia.SERVER_OWNED));
        media.flush();
        ManagedMedia created = ManagedMedia.of(item, new MediaUsages.Usage(List.of(), false));
        beforeCommit.accept(created);
        return created;
    }

    public ManagedMediaPage list(MediaKind kind, String cursor, int limit) {
        List<Media> found = media.findPage(kind, Keyset.TimeAndId.decode(cursor), Keyset.fetchSize(limit));
        Keyset.Page<Media> page = Keyset.page(found, limit,
                last -> new Keyset.TimeAndId(last.createdAt.toInstant(), last.id).encode());
        return new ManagedMediaPage(page.items().stream().map(ManagedMediaSummary::of).toList(), page.next());
    }

    public ManagedMedia get(UUID id) {
        Media item = media.findByIdOptional(id).orElseThrow(() -> new NotFound("media item", id));
        return ManagedMedia.of(item, usages.of(id));
    }

    /**
     * A new kind must suit every place the item is used: a hero stays an image, an audio version audio. The
     * published articles that show the item are announced as updated.
     */
    public ManagedMedia replace(UUID id, String ifMatch, JsonNode body) {
        MediaContent content = bodies.read(body, MediaContent.class, ManagedMedia.SERVER_OWNED);
        Media item = lockCurrent(id, ifMatch);
        if (content.kind() != item.kind) {
            MediaUsages.Usage unsuited = usages.of(id).needingOtherThan(content.kind());
            if (!unsuited.isEmpty()) {
                throw new Conflict("This " + item.kind.wire() + " cannot become " + content.kind().wire()
                        + " while it is used as: " + unsuited.describe() + ".");
            }
        }
        writer.replace(item, content);
        shown.mediaChanged(id);
        return ManagedMedia.of(item, usages.of(id));
    }

    /** Only an unused item can go: deleting it would leave articles (or the site) pointing at nothing. */
    @ChangesDelivery
    public void delete(UUID id, String ifMatch) {
        Media item = lockCurrent(id, ifMatch);
        MediaUsages.Usage usage = usages.of(id);
        if (!usage.isEmpty()) {
            throw new Conflict("This media item is still used as: " + usage.describe()
                    + ". Remove it from there first.");
        }
        media.delete(item);
    }

    private Media lockCurrent(UUID id, String ifMatch) {
        Media item = media.findForUpdate(id).orElseThrow(() -> new NotFound("media item", id));
        Preconditions.requireCurrent(ifMatch, item.version);
        return item;
    }
}
