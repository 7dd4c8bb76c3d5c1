package io.masthead.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The lines of a job that are still to be imported; every method runs in the caller's transaction. */
@ApplicationScoped
class ImportLines {
    private final EntityManager entityManager;

    ImportLines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores a batch of lines in one JDBC batch: uploads of 100,000 lines stay a matter of seconds. */
    void store(UUID jobId, List<NdjsonLines.Line> lines) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_line (job_id, line_no, body) values (?, ?, ?)")) {
                for (NdjsonLines.Line line : lines) {
                    insert.setObject(1, jobId);
                    insert.setInt(2, line.number());
                    insert.setString(3, line.text());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The next lines in file order: at most {@code limit}, and no more after the one that reaches {@code maxChars}
     * characters in all, so that a chunk of long lines stays small in memory.
     */
    List<NdjsonLines.Line> next(UUID jobId, int limit, long maxChars) {
        List<?> rows = entityManager.createNativeQuery("select line_no, body from (select line_no, body,"
                        + " sum(char_length(body)) over (order by line_no) - char_length(body) as before_line"
                        + " from (select line_no, body from import_line where job_id = :job order by line_no"
                        + " fetch first :limit rows only) first_lines) sized"
                        + " where before_line < :maxChars order by line_no")
                .setParameter("job", jobId)
                .setParameter("limit", limit)
                .setParameter("maxChars", maxChars)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new NdjsonLines.Line(((Number) row[0]).intValue(), (String) row[1]))
                .toList();
    }

    /**
     * Removes the lines as the first step of handling them together, and says how many it removed: fewer than asked
     * when another worker took some of them first.
     */
    int take(UUID jobId, List<Integer> lineNos) {
        return entityManager.createNativeQuery("delete from import_line where job_id = :job and line_no in (:lines)")
                .setParameter("job", jobId)
                .setParameter("lines", lineNos)
                .executeUpdate();
    }

    /**
     * Removes the line as the first step of handling it. False when another worker took it first: the delete
     * waits for that worker's transaction, so a line is imported at most once even if two workers overlap.
     */
    boolean take(UUID jobId, int lineNo) {
        return entityManager.createNativeQuery("delete from import_line where job_id = :job and line_no = :line")
                .setParameter("job", jobId)
                .setParameter("line", lineNo)
                .executeUpdate() == 1;
    }
}
