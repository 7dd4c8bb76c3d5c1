package io.masthead.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;

/** Recognises a database outage, so that clients get 503 with Retry-After instead of a 500. */
public final class DatabaseUnavailable {
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        // SQLSTATE class 08 is "connection exception". Agroal reports an exhausted pool without a state, as
        // "Sorry, acquisition timeout!" or "Acquisition timeout while waiting for new connection".
        return (state != null && state.startsWith("08")) || message.contains("acquisition timeout");
    }

    static Response response(String instance) {
        Response problem = ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database is unavailable. Retry after " + RETRY_AFTER_SECONDS + " seconds.", instance, null);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
