package io.masthead.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while something runs (statistics are on in the test profile). */
@ApplicationScoped
public class SqlStatements {
    private final Statistics statistics;

    SqlStatements(SessionFactory sessionFactory) {
        this.statistics = sessionFactory.getStatistics();
    }

    public long countDuring(Runnable action) {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }

    public <T> Counted<T> countDuring(Supplier<T> action) {
        statistics.clear();
        T result = action.get();
        return new Counted<>(result, statistics.getPrepareStatementCount());
    }

    public record Counted<T>(T result, long statements) {
    }
}
