package io.masthead.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered delivery response as the in-process cache keeps it: the identity bytes, the validators and the
 * headers that describe the content. Headers that describe one exchange (rate limits, request id, coding) are
 * added again for each hit.
 *
 * @param compressible whether the HTTP layer compresses this media type, which decides the ETag of each coding
 * @param path         the request path, which tells an article's own document from the collections that list it
 * @param collection   whether any article change can alter it (lists, feeds, sitemaps, changes, tags with counts)
 */
record CachedResponse(byte[] body, String contentType, boolean compressible, String identityTag,
                      Instant lastModified, List<Map.Entry<String, String>> headers, Set<String> surrogateKeys,
                      String path, boolean collection) {

    int weight() {
        int headerBytes = headers.stream().mapToInt(header -> header.getKey().length() + header.getValue().length())
                .sum();
        return body.length + headerBytes + path.length() + 128;
    }
}
