package io.masthead.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One bulk import: its state, its counters and who started it. Lines and errors live in their own tables. */
@Entity
@Table(name = "import_job")
public class ImportJob {
    @Id
    public UUID id;
    public ImportStatus status;
    public int total;
    public int processed;
    public int succeeded;
    public int failed;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    public String failure;
}
