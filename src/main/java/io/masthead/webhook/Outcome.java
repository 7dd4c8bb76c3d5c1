package io.masthead.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * What one attempt came to: the receiver's status, if it answered, and otherwise what went wrong. The error
 * is shown in the delivery log, so it says what happened in words and never carries a stack trace.
 */
record Outcome(Integer status, String error) {

    static Outcome answered(int status) {
        return status >= 200 && status < 300
                ? new Outcome(status, null)
                : new Outcome(status, "The receiver answered HTTP " + status + "; only 2xx counts as delivered.");
    }

    static Outcome refused(String reason) {
        return new Outcome(null, "Not sent: the URL " + reason + ".");
    }

    static Outcome failed(Throwable cause) {
        return new Outcome(null, describe(cause));
    }

    boolean succeeded() {
        return error == null;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "The receiver did not answer in time.";
        }
        if (cause instanceof ConnectException) {
            return "Could not connect to the receiver" + detail(cause);
        }
        if (cause instanceof SSLException) {
            return "The TLS handshake with the receiver failed" + detail(cause);
        }
        if (cause instanceof IOException) {
            return "The connection to the receiver failed" + detail(cause);
        }
        return "The delivery failed unexpectedly; the server log has the details.";
    }

    private static String detail(Throwable cause) {
        return cause.getMessage() == null || cause.getMessage().isBlank() ? "." : ": " + cause.getMessage() + ".";
    }
}
