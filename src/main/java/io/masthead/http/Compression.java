package io.masthead.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the HTTP layer compresses a response, read from the same settings it uses
 * ({@code quarkus.http.enable-compression} and {@code quarkus.http.compress-media-types}), so that the ETag and
 * {@code Vary} always describe the bytes actually sent.
 */
@ApplicationScoped
public class Compression {
    private final boolean enabled;
    private final Set<String> mediaTypes;
    private final ContentCodings codings = new ContentCodings();

    Compression() {
        var config = ConfigProvider.getConfig();
        this.enabled = config.getOptionalValue("quarkus.http.enable-compression", Boolean.class).orElse(false);
        this.mediaTypes = config.getOptionalValues("quarkus.http.compress-media-types", String.class)
                .orElse(List.of()).stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean applies(MediaType type) {
        return enabled && mediaTypes.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    /** The coding applied for this {@code Accept-Encoding} ({@code gzip} or {@code deflate}), or null for none. */
    public String coding(String acceptEncoding) {
        return codings.negotiate(acceptEncoding);
    }
}
