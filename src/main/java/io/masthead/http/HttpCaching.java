package io.masthead.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.error.PreconditionFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Conditional GET for the delivery API. The ETag is a hash of the exact bytes served, so it changes whenever
 * anything in the response changes (a related tag's name, a translation going live), not only the article's
 * own version; a matching If-None-Match gets 304 with no body.
 *
 * <p>A shared cache keeps one copy per content coding ({@code Vary: Accept-Encoding}), and each coding has its own
 * strong ETag: the gzip bytes are not the identity bytes, so they must not share a validator. The coded forms are
 * the identity ETag with {@code -gzip} or {@code -deflate} appended; If-None-Match accepts any of the forms, because
 * they all stand for the same content.
 */
@ApplicationScoped
public class HttpCaching {
    public static final String SURROGATE_KEY = "Surrogate-Key";

    private final ObjectMapper mapper;
    private final CachingConfig config;
    private final HttpHeaders headers;
    private final Compression compression;
    private final Clock clock;
    private final Map<CacheFamily, String> cacheControl = new EnumMap<>(CacheFamily.class);

    HttpCaching(ObjectMapper mapper, CachingConfig config, HttpHeaders headers, Compression compression, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.headers = headers;
        this.compression = compression;
        this.clock = clock;
        for (CacheFamily family : CacheFamily.values()) {
            cacheControl.put(family, cacheControl(config.maxAgeSeconds(), config.sharedMaxAge().of(family),
                    config.staleWhileRevalidateSeconds()));
        }
    }

    /**
     * A 200 with the serialized body, or a 304 when the client already has it. Surrogate keys name what the
     * response contains, so a CDN can purge exactly the responses an edit affects.
     */
    public Response.ResponseBuilder ok(CacheFamily family, Object body, Collection<String> surrogateKeys) {
        return ok(serialize(body), MediaType.APPLICATION_JSON_TYPE, surrogateKeys, cacheControl.get(family), null);
    }

    /** The same with {@code Last-Modified}, which also answers {@code If-Modified-Since}. */
    public Response.ResponseBuilder ok(CacheFamily family, Modified<?> body, Collection<String> surrogateKeys) {
        return ok(serialize(body.body()), MediaType.APPLICATION_JSON_TYPE, surrogateKeys, cacheControl.get(family),
                body.at());
    }

    /**
     * Like {@link #ok(CacheFamily, Object, Collection)}, for a response that goes stale sooner than the others (the
     * changes feed): every cache keeps it {@code maxAgeSeconds}, and serves it stale no longer while it revalidates.
     */
    public Response.ResponseBuilder ok(Object body, Collection<String> surrogateKeys, int maxAgeSeconds) {
        return ok(serialize(body), MediaType.APPLICATION_JSON_TYPE, surrogateKeys,
                cacheControl(maxAgeSeconds, maxAgeSeconds, maxAgeSeconds), null);
    }

    /** The same for a JSON body in another JSON media type, such as JSON-LD or ninjs. */
    public Response.ResponseBuilder ok(CacheFamily family, Object body, MediaType type,
                                       Collection<String> surrogateKeys) {
        return ok(serialize(body), type, surrogateKeys, cacheControl.get(family), null);
    }

    /** The same for a body rendered beforehand (a feed or a sitemap); the ETag is computed from exactly these bytes. */
    public Response.ResponseBuilder ok(CacheFamily family, byte[] bytes, MediaType type,
                                       Collection<String> surrogateKeys) {
        return ok(bytes, type, surrogateKeys, cacheControl.get(family), null);
    }

    /**
     * A permanent redirect that caches keep no longer than a response, because the old address may be taken over
     * later (a new tag can claim a merged tag's slug).
     */
    public Response.ResponseBuilder movedPermanently(CacheFamily family, String location) {
        return Response.status(Response.Status.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, location)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl.get(family));
    }

    private String cacheControl(int maxAgeSeconds, int sharedMaxAgeSeconds, int staleWhileRevalidateSeconds) {
        return "public, max-age=" + maxAgeSeconds + ", s-maxage=" + sharedMaxAgeSeconds
                + ", stale-while-revalidate=" + staleWhileRevalidateSeconds
                + ", stale-if-error=" + config.staleIfErrorSeconds();
    }

    private Response.ResponseBuilder ok(byte[] bytes, MediaType type, Collection<String> surrogateKeys,
                                        String cacheControl, Instant modified) {
        String identityTag = digest(bytes);
        boolean compressible = compression.applies(type);
        String coding = compressible ? compression.coding(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING)) : null;
        if (Conditionals.preconditionFailed(headers, identityTag)) {
            // If-Match that this representation does not meet: a problem like every other error, instead of the
            // empty, cacheable 412 that JAX-RS builds.
            throw new PreconditionFailed("If-Match does not name the current representation (ETag \"" + identityTag
                    + "\"); GET it again without If-Match.");
        }
        Instant lastModified = validLastModified(modified);
        Response.ResponseBuilder response = Conditionals.notModified(headers, identityTag, lastModified)
                ? Response.notModified()
                : Response.ok(bytes, type);
        response.tag(new EntityTag(coding == null ? identityTag : identityTag + "-" + coding))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (compressible) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (lastModified != null) {
            response.lastModified(Date.from(lastModified));
        }
        if (!surrogateKeys.isEmpty()) {
            response.header(SURROGATE_KEY, String.join(" ", new LinkedHashSet<>(surrogateKeys)));
        }
        return response;
    }

    /**
     * The modification time to the second, as HTTP dates carry it, or null while that second is still running:
     * a second change within the same second would otherwise keep the Last-Modified a client already holds, and
     * If-Modified-Since would answer its stale copy with 304.
     */
    private Instant validLastModified(Instant modified) {
        if (modified == null) {
            return null;
        }
        Instant second = modified.truncatedTo(ChronoUnit.SECONDS);
        return second.isBefore(clock.instant().truncatedTo(ChronoUnit.SECONDS)) ? second : null;
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
    public static String digest(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return Long.toString(bytes.length, 36) + "-" + Long.toString(crc32c.getValue(), 36) + "-"
                + Long.toString(crc32.getValue(), 36);
    }
}
