package io.masthead.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The changes feed for delta sync. A page takes two transactions: a short one that settles the horizon (how far
 * the log is complete), then a read-only one that reads and renders the page from one snapshot.
 */
@ApplicationScoped
public class ChangeFeedService {
    private final ReadHorizon horizon;
    private final ChangeReader reader;

    ChangeFeedService(ReadHorizon horizon, ChangeReader reader) {
        this.horizon = horizon;
        this.reader = reader;
    }

    /**
     * The changes after {@code since} (null: from the beginning), at most {@code limit} of them, with the full
     * articles when {@code include} says so.
     */
    public ChangePage page(String since, int limit, ChangeInclude include) {
        ChangeToken token = ChangeToken.decode(since);
        Instant until = horizon.current();
        return reader.read(token, until, limit, include);
    }
}
