package io.masthead.media;

import io.masthead.error.NotFound;
import io.masthead.http.Modified;
import io.masthead.persistence.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
@Transactional
@ReadOnly
public class MediaDeliveryService {
    private final MediaRepository media;
    private final Clock clock;

    MediaDeliveryService(MediaRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    public Modified<MediaView> byId(UUID id) {
        return media.findPublishedById(id, clock.instant())
                .map(item -> new Modified<>(MediaView.of(item), item.updatedAt.toInstant()))
                .orElseThrow(() -> new NotFound("published media item", id));
    }
}
