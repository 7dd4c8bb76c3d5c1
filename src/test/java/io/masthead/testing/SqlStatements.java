package io.masthead.testing;

import io.restassured.response.Response;

/** Reads how many SQL statements the server ran for one request (reported only in tests). */
public final class SqlStatements {
    private SqlStatements() {
    }

    public static int of(Response response) {
        String header = response.header(StatementCount.HEADER);
        if (header == null) {
            throw new AssertionError("the response has no " + StatementCount.HEADER + " header");
        }
        return Integer.parseInt(header);
    }
}
