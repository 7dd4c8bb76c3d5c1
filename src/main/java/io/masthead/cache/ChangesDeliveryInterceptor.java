package io.masthead.cache;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs inside the write's transaction (after {@code @Transactional}'s interceptor), so that it joins it. */
@ChangesDelivery
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class ChangesDeliveryInterceptor {
    private final DeliveryChanges changes;

    ChangesDeliveryInterceptor(DeliveryChanges changes) {
        this.changes = changes;
    }

    @AroundInvoke
    Object invalidateAfterCommit(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        changes.record(Invalidation.EVERYTHING);
        return result;
    }
}
