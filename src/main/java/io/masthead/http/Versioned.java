package io.masthead.http;

/** A management representation whose version is its ETag, the value a client sends back in If-Match. */
public interface Versioned {
    long version();
}
