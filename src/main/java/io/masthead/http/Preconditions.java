package io.masthead.http;

import io.masthead.error.PreconditionFailed;
import io.masthead.error.PreconditionRequired;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Optimistic concurrency for the management API. A resource's ETag is its version; every change must send it
 * back in If-Match, so that an edit based on an old version is refused instead of overwriting a newer one.
 */
public final class Preconditions {
    /** A header can be 8 kB long; the problem's detail must stay within its 5,000 characters. */
    private static final int MAX_ECHO = 100;

    public static final String IF_MATCH = "If-Match";

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag("v" + version);
    }

    /** 200 with the representation, its version as the ETag. */
    public static Response current(Versioned representation) {
        return Response.ok(representation).tag(etag(representation.version())).build();
    }

    /** 201 with the new representation, its version as the ETag and {@code location} pointing at it. */
    public static Response created(String location, Versioned representation) {
        return Response.created(URI.create(location)).tag(etag(representation.version())).entity(representation)
                .build();
    }

    /** Checks If-Match against the current version: 428 when it is missing, 412 when it is not the current one. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new PreconditionRequired("Send If-Match with the ETag of the version you edited (GET the resource "
                    + "to read it); the current one is " + etag(currentVersion) + ".");
        }
        String expected = etag(currentVersion).toString();
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals(expected)) {
                return;
            }
        }
        throw new PreconditionFailed("If-Match " + echo(ifMatch.strip()) + " is not the current version " + expected
                + "; someone changed the resource since you read it. GET it again and reapply your change.");
    }

    /** The client's header as the problem repeats it: whole when it is short, its start when it is not. */
    private static String echo(String header) {
        return header.length() <= MAX_ECHO ? header : header.substring(0, MAX_ECHO) + "…";
    }
}
