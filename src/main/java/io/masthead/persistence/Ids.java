package io.masthead.persistence;

import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * New entity ids: time-ordered UUIDv7, so that inserts land at the end of B-tree indexes. Ids are assigned in
 * code rather than at flush because some rows refer to their own id (an article is its own translation group).
 */
public final class Ids {
    private Ids() {
    }

    public static UUID next() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
