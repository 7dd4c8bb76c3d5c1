package io.masthead.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** RFC 8288 Link headers for keyset pages. */
public final class PageLinks {
    private PageLinks() {
    }

    /**
     * Adds {@code Link: <...>; rel="next"} with a relative URI reference, which stays right behind proxies and
     * CDNs that rewrite the host.
     */
    public static Response.ResponseBuilder withNext(Response.ResponseBuilder response, UriInfo uri, String nextCursor) {
        if (nextCursor == null) {
            return response;
        }
        URI absolute = uri.getRequestUriBuilder().replaceQueryParam(Cursor.PARAMETER, nextCursor).build();
        String relative = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
        return response.links(Link.fromUri(relative).rel("next").build());
    }
}
