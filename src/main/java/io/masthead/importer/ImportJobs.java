package io.masthead.importer;

import io.masthead.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lifecycle of import jobs; every method runs in the caller's transaction. */
@ApplicationScoped
class ImportJobs {
    private static final List<ImportStatus> CLAIMABLE = List.of(ImportStatus.QUEUED, ImportStatus.RUNNING);

    private final EntityManager entityManager;
    private final Clock clock;

    ImportJobs(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    ImportJob startReceiving(String author, OffsetDateTime abandonedAfter) {
        ImportJob job = new ImportJob();
        job.id = Ids.next();
        job.status = ImportStatus.RECEIVING;
        job.createdAt = now();
        job.createdBy = author;
        job.claimedUntil = abandonedAfter;
        entityManager.persist(job);
        return job;
    }

    /** Pushes back the moment a still-arriving upload counts as abandoned. */
    void keepReceiving(UUID id, OffsetDateTime abandonedAfter) {
        entityManager.find(ImportJob.class, id).claimedUntil = abandonedAfter;
    }

    /** Hands the received job to the workers. */
    ImportJob queue(UUID id, int total) {
        ImportJob job = entityManager.find(ImportJob.class, id);
        job.status = ImportStatus.QUEUED;
        job.total = total;
        job.claimedUntil = null;
        return job;
    }

    void delete(UUID id) {
        entityManager.createQuery("delete from ImportJob j where j.id = :id").setParameter("id", id).executeUpdate();
    }

    /** Deletes uploads that stopped arriving (the client or the instance went away); their lines go with them. */
    void forgetAbandonedUploads() {
        entityManager.createQuery("delete from ImportJob j where j.status = :receiving and j.claimedUntil < :now")
                .setParameter("receiving", ImportStatus.RECEIVING)
                .setParameter("now", now())
                .executeUpdate();
    }

    /**
     * Claims the oldest job that nobody holds. The conditional update lets exactly one instance win a job, however
     * many try at once.
     */
    Optional<ClaimedJob> claim(OffsetDateTime until) {
        OffsetDateTime now = now();
        List<UUID> candidates = entityManager.createQuery("select j.id from ImportJob j where j.status in :claimable"
                        + " and (j.claimedUntil is null or j.claimedUntil < :now) order by j.createdAt", UUID.class)
                .setParameter("claimable", CLAIMABLE)
                .setParameter("now", now)
                .setMaxResults(3)
                .getResultList();
        for (UUID id : candidates) {
            int won = entityManager.createQuery("update ImportJob j set j.status = :running,"
                            + " j.startedAt = coalesce(j.startedAt, :now), j.claimedUntil = :until"
                            + " where j.id = :id and j.status in :claimable"
                            + " and (j.claimedUntil is null or j.claimedUntil < :now)")
                    .setParameter("running", ImportStatus.RUNNING)
                    .setParameter("now", now)
                    .setParameter("until", until)
                    .setParameter("id", id)
                    .setParameter("claimable", CLAIMABLE)
                    .executeUpdate();
            if (won == 1) {
                ImportJob job = entityManager.find(ImportJob.class, id);
                return Optional.of(new ClaimedJob(job.id, job.createdBy));
            }
        }
        return Optional.empty();
    }

    /** Counts one line and renews the claim: every line proves the worker is alive. */
    void countLine(UUID id, boolean succeeded, OffsetDateTime claimUntil) {
        countLines(id, succeeded ? 1 : 0, succeeded ? 0 : 1, claimUntil);
    }

    /** Counts lines handled together, in one statement, and renews the claim. */
    void countLines(UUID id, int succeeded, int failed, OffsetDateTime claimUntil) {
        entityManager.createQuery("update ImportJob j set j.processed = j.processed + :processed,"
                        + " j.succeeded = j.succeeded + :succeeded, j.failed = j.failed + :failed,"
                        + " j.claimedUntil = :until where j.id = :id")
                .setParameter("processed", succeeded + failed)
                .setParameter("succeeded", succeeded)
                .setParameter("failed", failed)
                .setParameter("until", claimUntil)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Lets any instance (this one included) continue the job at its next tick. */
    void release(UUID id) {
        finish(id, ImportStatus.RUNNING, null, null);
    }

    void complete(UUID id) {
        finish(id, ImportStatus.COMPLETED, now(), null);
    }

    void fail(UUID id, String reason) {
        finish(id, ImportStatus.FAILED, now(), reason);
    }

    private void finish(UUID id, ImportStatus status, OffsetDateTime finishedAt, String failure) {
        entityManager.createQuery("update ImportJob j set j.status = :status, j.finishedAt = :finishedAt,"
                        + " j.failure = :failure, j.claimedUntil = null where j.id = :id and j.status = :running")
                .setParameter("status", status)
                .setParameter("finishedAt", finishedAt)
                .setParameter("failure", failure)
                .setParameter("id", id)
                .setParameter("running", ImportStatus.RUNNING)
                .executeUpdate();
    }

    /** A job as clients see it: once its upload is complete. */
    Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(entityManager.find(ImportJob.class, id))
                .filter(job -> job.status != ImportStatus.RECEIVING);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A job this instance holds, and the API key name its articles are written by. */
    record ClaimedJob(UUID id, String author) {
    }
}
