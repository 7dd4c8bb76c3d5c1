package io.masthead.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that orders writers of the change log and tells readers how far it is complete. Writers lock it
 * for the rest of their transaction; readers never wait for it (see {@link ReadHorizon}).
 */
@Entity
@Table(name = "change_head")
public class ChangeHead {
    static final short ID = 1;

    @Id
    public short id;
    /** The latest position a writer took for an immediate change. */
    @Column(name = "last_position")
    public Instant lastPosition;
    /** The latest position a reader served up to; no writer positions at or before it any more. */
    @Column(name = "read_horizon")
    public Instant readHorizon;
    /** The latest removal pruned after the retention period; null until one is. */
    @Column(name = "pruned_through")
    public Instant prunedThrough;
}
