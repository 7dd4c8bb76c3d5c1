package io.masthead.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of every request body as the reader consumes them, and stops at the limit of its media type
 * ({@link BodyLimits}). This is what holds for a chunked body, which declares no length; the reader never sees
 * more than the limit plus one network chunk.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {
    private final BodyLimits limits;

    BodyLimitInterceptor(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), limits, context.getMediaType()));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final BodyLimits limits;
        private final MediaType mediaType;
        private final long limit;
        private long read;
        private boolean exceeded;

        Limited(InputStream in, BodyLimits limits, MediaType mediaType) {
            super(in);
            this.limits = limits;
            this.mediaType = mediaType;
            this.limit = limits.limitFor(mediaType);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        /** Closing would read the rest of the body to its end; after a refusal the connection is dropped instead. */
        @Override
        public void close() throws IOException {
            if (!exceeded) {
                super.close();
            }
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw limits.tooLarge(mediaType);
            }
        }
    }
}
