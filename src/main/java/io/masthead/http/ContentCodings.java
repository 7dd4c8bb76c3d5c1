package io.masthead.http;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;

/**
 * Which content coding the HTTP layer will apply to a compressible response, decided by the very code that
 * applies it: Vert.x compresses through Netty's {@link HttpContentCompressor} with gzip and deflate, so asking
 * Netty's own negotiation gives the same answer for every {@code Accept-Encoding}, q-values and {@code *} included.
 * It is never added to a channel; only its negotiation, which reads no state, is used.
 */
final class ContentCodings extends HttpContentCompressor {
    ContentCodings() {
        super(0, StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
    }

    /** {@code gzip}, {@code deflate}, or null for the identity coding. */
    String negotiate(String acceptEncoding) {
        return acceptEncoding == null || acceptEncoding.isBlank() ? null : determineEncoding(acceptEncoding);
    }
}
