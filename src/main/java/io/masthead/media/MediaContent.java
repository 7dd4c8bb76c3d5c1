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
@Schema(name = "MediaContent", additionalProperties = Schema.False.class,
        description = "The metadata of a media item as editors send it: the body of POST and PUT. The file itself "
                + "is hosted elsewhere, at `url`.")
public record MediaContent(
        @NotNull @Schema(required = true, description = "Whether the item is an image, audio or video.")
        MediaKind kind,
        @NotBlank @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
        @Schema(required = true, format = "uri", description = "Where the original file is: an http or https URL.",
                examples = "https://images.masthead.example/harbour/original.jpg")
        String url,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[a-z]+/[a-zA-Z0-9.+-]+$", message = "must be a MIME type")
        @Schema(required = true, description = "The MIME type of the original file.", examples = "image/jpeg")
        String mimeType,
        @Positive @Schema(nullable = true,
                description = "Pixels; images and video only.", examples = "2048") Integer width,
        @Positive @Schema(nullable = true,
                description = "Pixels; images and video only.", examples = "1365") Integer height,
        @Min(0) @Schema(nullable = true, description = "Length in seconds; audio and video only.", examples = "124")
        Integer durationSeconds,
        @Size(max = 1000)
        @Schema(nullable = true,
                description = "Required for images.", examples = "Container cranes at dusk in the harbour")
        String altText,
        @Size(max = 2000) @Schema(nullable = true,
                description = "The default caption; an article may override it where it uses the "
                + "item.", examples = "Cranes at the container terminal on the night the talks ended.")
        String caption,
        @Size(max = 500) @Schema(nullable = true, description = "Who made it, as printed next to it.",
                examples = "© Jane Doe / Example Agency")
        String credit,
        @Size(max = 1000) @Schema(nullable = true, description = "Copyright holder and usage terms.",
                examples = "© 2026 Example Agency. Editorial use only.")
        String copyright,
        @Size(max = 200) @Schema(nullable = true,
                description = "The voice of an audio or video version.", examples = "Anna Berger")
        String narrator,
        @Valid @Schema(description = "Where to keep the subject when cropping; images only.")
        FocalPointInput focalPoint,
        @Size(max = 50) @Schema(maxItems = 50, description = "Resized variants of the file, with distinct names; "
                + "responses list them smallest first.")
        List<@NotNull @Valid RenditionInput> renditions) {

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

    @Schema(name = "FocalPointInput", additionalProperties = Schema.False.class,
            description = "A point in the image as fractions of its width and height; (0, 0) is the top left.")
    public record FocalPointInput(
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Horizontal position: 0 is the left edge, 1 the right edge.", examples = "0.5")
            Double x,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Vertical position: 0 is the top edge, 1 the bottom edge.", examples = "0.35")
            Double y) {
    }

    @Schema(name = "RenditionInput", additionalProperties = Schema.False.class,
            description = "A resized variant of the file, hosted next to the original.")
    public record RenditionInput(
            @NotBlank @Size(max = 50) @Pattern(regexp = "^[a-z0-9_-]+$")
            @Schema(required = true, description = "Your name for the variant, unique within the item.",
                    examples = "w640")
            String name,
            @NotBlank @Size(max = 2048) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
            @Schema(required = true, format = "uri", description = "Where the variant's file is: an http or https URL.",
                    examples = "https://images.masthead.example/harbour/w640.jpg")
            String url,
            @NotNull @Positive @Schema(nullable = true,
                    required = true, description = "Pixels.", examples = "640") Integer width,
            @NotNull @Positive @Schema(nullable = true,
                    required = true, description = "Pixels.", examples = "427") Integer height,
            @NotBlank @Size(max = 100)
            @Schema(required = true, description = "The MIME type of the variant's file.", examples = "image/jpeg")
            String mimeType) {
    }
}
