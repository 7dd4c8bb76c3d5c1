package io.masthead.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import io.masthead.article.ArticleChanged;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The article events a webhook can subscribe to, named as they appear on the wire. */
@Schema(description = "An article event a webhook can subscribe to: the article went live, changed while live, was "
        + "taken down, or was deleted.")
public enum WebhookEvent {
    ARTICLE_PUBLISHED(ArticleChanged.Type.PUBLISHED),
    ARTICLE_UPDATED(ArticleChanged.Type.UPDATED),
    ARTICLE_UNPUBLISHED(ArticleChanged.Type.UNPUBLISHED),
    ARTICLE_DELETED(ArticleChanged.Type.DELETED);

    private final ArticleChanged.Type type;

    WebhookEvent(ArticleChanged.Type type) {
        this.type = type;
    }

    @JsonValue
    public String wire() {
        return type.eventName();
    }

    static WebhookEvent of(ArticleChanged.Type type) {
        return Arrays.stream(values()).filter(event -> event.type == type).findFirst().orElseThrow();
    }

    static WebhookEvent fromWire(String wire) {
        return Arrays.stream(values()).filter(event -> event.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown webhook event: " + wire));
    }

    /** Stores a subscription as its comma-separated wire names, which the events column is sized for. */
    public static class SetConverter implements AttributeConverter<Set<WebhookEvent>, String> {
        @Override
        public String convertToDatabaseColumn(Set<WebhookEvent> events) {
            return events.stream().sorted().map(WebhookEvent::wire).collect(Collectors.joining(","));
        }

        @Override
        public Set<WebhookEvent> convertToEntityAttribute(String column) {
            EnumSet<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
            for (String wire : column.split(",")) {
                events.add(fromWire(wire));
            }
            return events;
        }
    }
}
