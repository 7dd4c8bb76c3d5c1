package io.masthead.representation;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation on an article's own URLs, which answer JSON, JSON-LD or ninjs by {@code Accept}.
 * Where several resource classes share a path, RESTEasy Reactive falls back to one of their methods when
 * {@code Accept} allows none of them, so the 406 is decided here. Every answer, JSON included, tells caches that
 * it varies by {@code Accept}; otherwise a CDN could hand JSON-LD to a client that asked for JSON.
 */
public class ArticleNegotiation {
    private static final Pattern NEGOTIATED = Pattern.compile("/?api/v1/articles/(id/)?[^/]+/?");
    private static final List<MediaType> PRODUCED = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(ArticleFormats.JSON_LD), MediaType.valueOf(ArticleFormats.NINJS));

    @ServerRequestFilter
    public void refuseUnacceptable(ContainerRequestContext request) {
        if (negotiated(request) && request.getHeaderString(HttpHeaders.ACCEPT) != null
                && request.getAcceptableMediaTypes().stream().noneMatch(ArticleNegotiation::producible)) {
            throw new NotAcceptableException();
        }
    }

    @ServerResponseFilter
    public void addVary(ContainerRequestContext request, ContainerResponseContext response) {
        if (negotiated(request)) {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    private static boolean negotiated(ContainerRequestContext request) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && NEGOTIATED.matcher(path).matches() && !path.endsWith(".jsonld");
    }

    /** Whether a range of {@code Accept} allows one of the representations; a range with q=0 allows nothing. */
    private static boolean producible(MediaType range) {
        if ("0".equals(range.getParameters().get("q")) || "0.0".equals(range.getParameters().get("q"))) {
            return false;
        }
        return PRODUCED.stream().anyMatch(range::isCompatible);
    }
}
