package io.masthead.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The conditional-GET decision of RFC 9110, section 13.2.2, for the two preconditions a GET can carry. */
public final class Conditionals {
    private static final List<String> CODINGS = List.of("", "-gzip", "-deflate");

    private Conditionals() {
    }

    static boolean notModified(HttpHeaders headers, String identityTag, Instant lastModified) {
        return notModified(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH),
                headers.getRequestHeader(HttpHeaders.IF_MODIFIED_SINCE), identityTag, lastModified);
    }

    /** An If-Match that names none of the forms of this content's tag (RFC 9110, section 13.1.1). */
    static boolean preconditionFailed(HttpHeaders headers, String identityTag) {
        List<String> ifMatch = headers.getRequestHeader(HttpHeaders.IF_MATCH);
        return ifMatch != null && !ifMatch.isEmpty() && ifMatch.stream().noneMatch(value -> matches(value, identityTag));
    }

    /**
     * If-None-Match decides whenever it is present, by weak comparison, and any coding's form of the tag matches;
     * only without it does If-Modified-Since count, and then only as one valid HTTP date.
     */
    public static boolean notModified(List<String> ifNoneMatch, List<String> ifModifiedSince, String identityTag,
                               Instant lastModified) {
        if (ifNoneMatch != null && !ifNoneMatch.isEmpty()) {
            return ifNoneMatch.stream().anyMatch(value -> matches(value, identityTag));
        }
        if (lastModified == null || ifModifiedSince == null || ifModifiedSince.size() != 1) {
            return false;
        }
        Instant since = httpDate(ifModifiedSince.get(0));
        return since != null && !lastModified.isAfter(since);
    }

    /** Whether a field value ({@code *} or a comma-separated list of entity tags) names this content. */
    private static boolean matches(String value, String identityTag) {
        if (value.strip().equals("*")) {
            return true;
        }
        int at = 0;
        while (true) {
            int open = value.indexOf('"', at);
            if (open < 0) {
                return false;
            }
            int close = value.indexOf('"', open + 1);
            if (close < 0) {
                return false;
            }
            String opaque = value.substring(open + 1, close);
            if (opaque.startsWith(identityTag) && CODINGS.contains(opaque.substring(identityTag.length()))) {
                return true;
            }
            at = close + 1;
        }
    }

    private static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
