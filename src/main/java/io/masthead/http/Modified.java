package io.masthead.http;

import java.time.Instant;

/**
 * A delivery body with the time its representation last changed, for {@code Last-Modified}. Only bodies whose
 * every part carries its own modification time may have one: a removal that leaves no timestamp behind (a
 * translation deleted, an article leaving a list) would otherwise answer a stale copy with 304.
 */
public record Modified<T>(T body, Instant at) {
}
