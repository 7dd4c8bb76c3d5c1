package io.masthead.webhook;

import java.util.UUID;

/** A claimed delivery with what sending it needs, read before the HTTP call so no transaction stays open. */
record Attempt(UUID deliveryId, String url, String secret, String event, String payload, int previousAttempts) {
}
