package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.error.PreconditionFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Conditional GET for the delivery API. The ETag is a hash of the exact bytes served, so it changes whenever
 * anything in the response changes (a related tag's name, a translation going live), not only the article's
 * own version; a matching If-None-Match gets 304 with no body.
 */
@ApplicationScoped
public class HttpCaching {
    public static final String SURROGATE_KEY = "Surrogate-Key";

    private final ObjectMapper mapper;
    private final CachingConfig config;
    private final String cacheControl;

    HttpCaching(ObjectMapper mapper, CachingConfig config) {
        this.mapper = mapper;
        this.config = config;
        this.cacheControl = cacheControl(config.maxAgeSeconds(), config.staleWhileRevalidateSeconds());
    }

    /**
     * A 200 with the serialized body, or a 304 when the client already has it. Surrogate keys name what the
     * response contains, so a CDN can purge exactly the responses an edit affects.
     */
    public Response.ResponseBuilder ok(Request request, Object body, Collection<String> surrogateKeys) {
        return ok(request, serialize(body), MediaType.APPLICATION_JSON_TYPE, surrogateKeys, cacheControl);
    }

    /**
     * Like {@link #ok(Request, Object, Collection)}, for a response that goes stale sooner than the others (the
     * changes feed): caches keep it {@code maxAgeSeconds}, and serve it stale no longer while they revalidate.
     */
    public Response.ResponseBuilder ok(Request request, Object body, Collection<String> surrogateKeys,
                                       int maxAgeSeconds) {
        return ok(request, serialize(body), MediaType.APPLICATION_JSON_TYPE, surrogateKeys,
                cacheControl(maxAgeSeconds, maxAgeSeconds));
    }

    /** The same for a JSON body in another JSON media type, such as JSON-LD or ninjs. */
    public Response.ResponseBuilder ok(Request request, Object body, MediaType type, Collection<String> surrogateKeys) {
        return ok(request, serialize(body), type, surrogateKeys, cacheControl);
    }

    /** The same for a body rendered beforehand (a feed or a sitemap); the ETag is computed from exactly these bytes. */
    public Response.ResponseBuilder ok(Request request, byte[] bytes, MediaType type, Collection<String> surrogateKeys) {
        return ok(request, bytes, type, surrogateKeys, cacheControl);
    }

    private String cacheControl(int maxAgeSeconds, int staleWhileRevalidateSeconds) {
        return "public, max-age=" + maxAgeSeconds + ", stale-while-revalidate=" + staleWhileRevalidateSeconds
                + ", stale-if-error=" + config.staleIfErrorSeconds();
    }

    private Response.ResponseBuilder ok(Request request, byte[] bytes, MediaType type,
                                        Collection<String> surrogateKeys, String cacheControl) {
        EntityTag etag = new EntityTag(digest(bytes));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null && notModified.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            // If-Match (or If-Unmodified-Since) that this representation does not meet: a problem like every other
            // error, instead of the empty, cacheable 412 that JAX-RS builds.
            throw new PreconditionFailed("If-Match does not name the current representation (ETag " + etag
                    + "); GET it again without If-Match.");
        }
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(bytes, type);
        response.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (!surrogateKeys.isEmpty()) {
            response.header(SURROGATE_KEY, String.join(" ", new LinkedHashSet<>(surrogateKeys)));
        }
        return response;
    }

    /**
     * A permanent redirect that caches keep no longer than a response, because the old address may be taken over
     * later (a new tag can claim a merged tag's slug).
     */
    public Response.ResponseBuilder movedPermanently(String location) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two independent 32-bit checksums of the bytes, and their length. A validator only has to change whenever
     * the bytes change (nobody gains by forging one), and the CRC instructions make this far cheaper than a
     * cryptographic hash on a hot path.
     */
    private static String digest(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return Long.toString(bytes.length, 36) + "-" + Long.toString(crc32c.getValue(), 36) + "-"
                + Long.toString(crc32.getValue(), 36);
    }
}
