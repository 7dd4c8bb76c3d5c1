package io.masthead.cache;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * For fixtures that write to the database directly, where the application has no writer (removing the site):
 * they announce the write as the writers do, so that the response cache forgets what it showed.
 */
@ApplicationScoped
public class DirectWrites {
    private final DeliveryChanges changes;

    DirectWrites(DeliveryChanges changes) {
        this.changes = changes;
    }

    /** Call inside the transaction of the write. */
    public void changedEverything() {
        changes.record(Invalidation.EVERYTHING);
    }
}
