package io.masthead.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs inside the transaction (after the @Transactional interceptor) so that it configures its session. */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ReadOnlyInterceptor {
    private final Session session;

    ReadOnlyInterceptor(Session session) {
        this.session = session;
    }

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return context.proceed();
    }
}
