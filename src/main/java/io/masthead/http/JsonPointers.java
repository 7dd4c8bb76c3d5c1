package io.masthead.http;

import java.util.List;

/** JSON Pointers (RFC 6901) in their URI fragment form, as the problems of the API name body fields. */
public final class JsonPointers {
    private JsonPointers() {
    }

    /** The pointer of the value at these unescaped path segments; {@code #} for the whole document. */
    public static String of(List<String> segments) {
        StringBuilder pointer = new StringBuilder("#");
        for (String segment : segments) {
            pointer.append('/').append(escape(segment));
        }
        return pointer.toString();
    }

    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
