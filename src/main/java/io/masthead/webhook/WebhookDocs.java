package io.masthead.webhook;

/** The longer texts of the webhook contract: how deliveries work and how receivers verify them. */
final class WebhookDocs {
    static final String CREATE = """
            Admins only. Registers a URL that receives a signed `POST` for every subscribed article event (see \
            the `articleEvent` webhook of this contract). The response holds the signing secret, which is shown \
            this once.

            **Targets.** The URL must use https, and every address its host resolves to must be public: \
            loopback, private, link-local, unique-local, carrier-grade NAT, multicast and unspecified addresses \
            are refused with a 400 naming `#/url`, unless the operator allow-lists the host \
            (`masthead.webhooks.allowed-private-hosts`). Only allow-listed hosts may use plain http. The check \
            is repeated before every attempt, and redirects are not followed.

            **Delivery.** `article.published` of a scheduled article is sent when it goes live. A 2xx answer \
            counts as delivered; anything else, or no answer within the timeout (10 s by default), is retried \
            with exponential backoff (30 s, then doubling, plus up to 20% jitter) until the attempts (8 by \
            default) are used up. Unpublishing or deleting a scheduled article cancels its pending \
            `article.published`. Deliveries are at least once and may arrive out of order: drop duplicates by \
            `Masthead-Delivery`, and order by `article.version`. The delivery log shows every attempt's result.

            **Verifying a request.** `Masthead-Signature` is `sha256=` followed by the lower-case hex \
            HMAC-SHA256 of `<Masthead-Timestamp>.<raw body>`, keyed with the whole secret (`whsec_` included) \
            as UTF-8 bytes. Compute it over the raw body before parsing it, compare it in constant time, and \
            refuse a `Masthead-Timestamp` more than five minutes away from your clock, which stops replays.""";

    private WebhookDocs() {
    }
}
