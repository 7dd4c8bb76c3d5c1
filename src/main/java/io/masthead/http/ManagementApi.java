package io.masthead.http;

/** Names shared by the management resources and the contract. */
public final class ManagementApi {
    /** The security scheme of the contract: an API key sent as a Bearer token. */
    public static final String SECURITY_SCHEME = "apiKey";
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version the change is based on, as returned by "
            + "the last GET or write. Missing: 428. Not the current version: 412.";
    public static final String IDEMPOTENCY_DESCRIPTION = "Makes the POST safe to retry: a replay with the same key and "
            + "body returns the first response (with Idempotent-Replayed: true); the same key with another body "
            + "is a 422. A retry whose first request died with its server runs again once that request's claim "
            + "lapses (10 seconds by default). Keys are kept for 24 hours per API key.";
    /** The example id of every `{id}` path parameter: a UUID v7, as the server issues them. */
    public static final String ID_EXAMPLE = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c";

    private ManagementApi() {
    }
}
