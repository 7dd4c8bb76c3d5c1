package io.masthead.testing;

import jakarta.enterprise.context.RequestScoped;

/** The SQL statements one HTTP request ran, so that tests can bound them regardless of background jobs. */
@RequestScoped
public class StatementCount {
    public static final String HEADER = "X-Test-Sql-Statements";

    private int count;

    void increment() {
        count++;
    }

    int count() {
        return count;
    }
}
