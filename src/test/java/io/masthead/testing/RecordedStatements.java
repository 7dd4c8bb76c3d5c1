package io.masthead.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The SQL Hibernate prepares while a test records, so that the test can EXPLAIN the real statements. */
@ApplicationScoped
public class RecordedStatements {
    private List<String> recording;

    public synchronized void start() {
        recording = new ArrayList<>();
    }

    public synchronized List<String> stop() {
        List<String> recorded = recording;
        recording = null;
        return recorded;
    }

    synchronized void record(String sql) {
        if (recording != null) {
            recording.add(sql);
        }
    }
}
