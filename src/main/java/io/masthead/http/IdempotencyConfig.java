package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "masthead.idempotency")
public interface IdempotencyConfig {
    /**
     * How long a request holds its Idempotency-Key before a retry may take the key over. A request that dies
     * (the instance is killed) leaves its claim behind; after this long, a retry runs the request again. A request
     * that is merely slower loses nothing: whichever run stores its response first commits, the other rolls back.
     * Retries wait up to this long plus five seconds for a running request before they answer 409.
     */
    @WithDefault("PT10S")
    Duration lease();
}
