package io.masthead.testing;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts each statement Hibernate prepares into the current request's {@link StatementCount}, and hands it to
 * {@link RecordedStatements} for tests that look at the statements themselves.
 */
@PersistenceUnitExtension
public class CountingStatementInspector implements StatementInspector {
    @Override
    public String inspect(String sql) {
        Arc.container().instance(RecordedStatements.class).get().record(sql);
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(StatementCount.class).get().increment();
        }
        return sql;
    }
}
