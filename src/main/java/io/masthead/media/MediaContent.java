package io.masthead.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The metadata of a media item as editors send it; the file itself lives at {@code url}. */
@Schema(name = "MediaContent", additionalProperties = Schema.False.class)
public record MediaContent(
        @NotNull @Schema(required = true) MediaKind kind,
        @NotBlank @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
        @Schema(required = true, format = "uri", examples = "https://images.masthead.example/harbour/original.jpg")
        String url,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[a-z]+/[a-zA-Z0-9.+-]+$", message = "must be a MIME type")
        @Schema(required = true, examples = "image/jpeg")
        String mimeType,
        @Positive Integer width,
        @Positive Integer height,
        @Min(0) Integer durationSeconds,
        @Size(max = 1000) @Schema(description = "Required for images.") String altText,
        @Size(max = 2000) String caption,
        @Size(max = 500) String credit,
        @Size(max = 1000) String copyright,
        @Size(max = 200) String narrator,
        @Valid FocalPointInput focalPoint,
        @Size(max = 50) @Schema(maxItems = 50) List<@NotNull @Valid RenditionInput> renditions) {

    public static final String HTTP_URL = "^https?://[^\\s]+$";
    public static final String HTTP_URL_MESSAGE = "must be an http or https URL";

    /** The stored item as editor content: what GET shows and PUT accepts. */
    public static MediaContent of(Media media) {
        FocalPointInput focalPoint = media.focalX == null || media.focalY == null
                ? null
                : new FocalPointInput(media.focalX, media.focalY);
        return new MediaContent(media.kind, media.url, media.mimeType, media.width, media.height,
                media.durationSeconds, media.altText, media.caption, media.credit, media.copyright, media.narrator,
                focalPoint, media.renditions.stream()
                        .map(r -> new RenditionInput(r.name, r.url, r.width, r.height, r.mimeType))
                        .toList());
    }

    @Schema(name = "FocalPointInput", additionalProperties = Schema.False.class)
    public record FocalPointInput(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1") Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1") Double y) {
    }

    @Schema(name = "RenditionInput", additionalProperties = Schema.False.class)
    public record RenditionInput(
            @NotBlank @Size(max = 50) @Pattern(regexp = "^[a-z0-9_-]+$") @Schema(required = true, examples = "w640")
            String name,
            @NotBlank @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
            @Schema(required = true, format = "uri")
            String url,
            @NotNull @Positive @Schema(required = true) Integer width,
            @NotNull @Positive @Schema(required = true) Integer height,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "image/jpeg") String mimeType) {
    }
}
