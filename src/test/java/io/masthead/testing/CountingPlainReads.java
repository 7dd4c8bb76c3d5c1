package io.masthead.testing;

import io.masthead.persistence.NamedSql;
import io.masthead.persistence.PlainReads;
import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Counts and records the statements of the plain JDBC reads as {@link CountingStatementInspector} does Hibernate's,
 * so that the statement bounds and plans cover the reads that bypass Hibernate.
 */
@Alternative
@Priority(1)
@Singleton
public class CountingPlainReads extends PlainReads {
    CountingPlainReads(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public <T> List<T> list(NamedSql sql, Map<String, ?> values, Row<T> row) {
        Arc.container().instance(RecordedStatements.class).get().record(sql.jdbc(values));
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(StatementCount.class).get().increment();
        }
        return super.list(sql, values, row);
    }
}
