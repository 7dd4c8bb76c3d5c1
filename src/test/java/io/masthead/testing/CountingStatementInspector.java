package io.masthead.testing;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts each statement Hibernate prepares into the current request's {@link StatementCount}. */
@PersistenceUnitExtension
public class CountingStatementInspector implements StatementInspector {
    @Override
    public String inspect(String sql) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(StatementCount.class).get().increment();
        }
        return sql;
    }
}
