package io.masthead.cache;

import io.masthead.platform.SharedContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * For fixtures that write to the database directly, where the application has no writer (removing the site):
 * they announce the write as the writers do, so that the response cache and the delivery read model forget what
 * they showed.
 */
@ApplicationScoped
public class DirectWrites {
    private final DeliveryChanges changes;
    private final Event<SharedContentChanged> shared;

    DirectWrites(DeliveryChanges changes, Event<SharedContentChanged> shared) {
        this.changes = changes;
        this.shared = shared;
    }

    /** Call inside the transaction of the write. */
    public void changedEverything() {
        changes.record(Invalidation.EVERYTHING);
        shared.fire(new SharedContentChanged("written directly"));
    }
}
