package io.masthead.document;

import io.masthead.platform.SharedContentChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

/**
 * Raises the epoch of the delivery documents with every change to something many articles show, in the change's
 * transaction: from its commit on, no document rendered before it is served (a renderer reads the epoch before the
 * content, so a document stamped with the new epoch shows the change). The documents are then rendered again in
 * the background, newest first.
 */
@ApplicationScoped
class DocumentEpoch {
    private final EntityManager entityManager;
    private final DocumentRefresher refresher;

    DocumentEpoch(EntityManager entityManager, DocumentRefresher refresher) {
        this.entityManager = entityManager;
        this.refresher = refresher;
    }

    void advance(@Observes SharedContentChanged change) {
        entityManager.createNativeQuery("update delivery_epoch set epoch = epoch + 1 where id = 1").executeUpdate();
    }

    void renderAgain(@Observes(during = TransactionPhase.AFTER_SUCCESS) SharedContentChanged change) {
        refresher.sweepSoon();
    }
}
