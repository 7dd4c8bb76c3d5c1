package io.masthead.webhook;

import java.util.List;
import java.util.UUID;

/**
 * A claimed delivery with what sending it needs, read before the HTTP call so no transaction stays open.
 * {@code surrogateKeys} repeats the payload's, for receivers that purge a cache by header without parsing the body.
 */
record Attempt(UUID deliveryId, String url, String secret, String event, String payload, List<String> surrogateKeys,
               int previousAttempts) {
}
