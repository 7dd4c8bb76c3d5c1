package io.masthead.testing;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Reports the statement count of each request in a response header; this class exists only in tests. */
public class StatementCountHeader {
    private final StatementCount count;

    StatementCountHeader(StatementCount count) {
        this.count = count;
    }

    @ServerResponseFilter
    public void report(ContainerResponseContext response) {
        response.getHeaders().putSingle(StatementCount.HEADER, count.count());
    }
}
