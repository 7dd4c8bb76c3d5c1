package io.masthead.media;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Media", additionalProperties = Schema.False.class,
        description = "An image, audio or video item: where it is, how big or long it is, and the words that go with it.")
public record MediaView(
        @Schema(required = true, description = "The media item's id; `GET /api/v1/media/{id}` returns it.",
                examples = "0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
        UUID id,
        @Schema(required = true, description = "Whether the item is an image, audio or video.") MediaKind kind,
        @Schema(required = true, format = "uri", description = "The original file.",
                examples = "https://images.masthead.example/harbour/original.jpg")
        String url,
        @Schema(required = true, description = "The MIME type of the original file.", examples = "image/jpeg")
        String mimeType,
        @Schema(minimum = "1", description = "Pixels; images and video only.", examples = "2048") Integer width,
        @Schema(minimum = "1", description = "Pixels; images and video only.", examples = "1365") Integer height,
        @Schema(minimum = "0", description = "Audio and video only.", examples = "124") Integer durationSeconds,
        @Schema(description = "Describes the image for people who cannot see it; always present on images.",
                examples = "Container cranes at dusk in the harbour")
        String altText,
        @Schema(description = "The default caption; an article may override it where it uses the item.",
                examples = "Cranes at the container terminal on the night the talks ended.")
        String caption,
        @Schema(description = "Who made it, as printed next to it.", examples = "© Jane Doe / Example Agency")
        String credit,
        @Schema(description = "Copyright holder and usage terms.",
                examples = "© 2026 Example Agency. Editorial use only.")
        String copyright,
        @Schema(description = "The voice of an audio or video version.", examples = "Anna Berger")
        String narrator,
        @Schema(description = "Where to keep the subject when cropping; images only.") FocalPoint focalPoint,
        @Schema(required = true, maxItems = 50, description = "Resized variants, smallest first.")
        List<RenditionView> renditions) {

    public static MediaView of(Media media) {
        FocalPoint focalPoint = media.focalX == null || media.focalY == null
                ? null
                : new FocalPoint(media.focalX, media.focalY);
        return new MediaView(media.id, media.kind, media.url, media.mimeType, media.width, media.height,
                media.durationSeconds, media.altText, media.caption, media.credit, media.copyright, media.narrator,
                focalPoint, media.renditions.stream().map(RenditionView::of).toList());
    }

    @Schema(name = "FocalPoint", additionalProperties = Schema.False.class,
            description = "A point in the image as fractions of its width and height; (0, 0) is the top left.")
    public record FocalPoint(
            @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Horizontal position: 0 is the left edge, 1 the right edge.", examples = "0.5")
            double x,
            @Schema(required = true, minimum = "0", maximum = "1",
                    description = "Vertical position: 0 is the top edge, 1 the bottom edge.", examples = "0.35")
            double y) {
    }

    @Schema(name = "Rendition", additionalProperties = Schema.False.class,
            description = "A resized variant of the file, for responsive images.")
    public record RenditionView(
            @Schema(required = true, description = "The variant's name as the newsroom registered it, unique within "
                    + "the item.", examples = "w640")
            String name,
            @Schema(required = true, format = "uri", description = "Where the variant's file is.",
                    examples = "https://images.masthead.example/harbour/w640.jpg")
            String url,
            @Schema(required = true, minimum = "1", description = "Pixels.", examples = "640") int width,
            @Schema(required = true, minimum = "1", description = "Pixels.", examples = "427") int height,
            @Schema(required = true, description = "The MIME type of the variant's file.", examples = "image/jpeg")
            String mimeType) {

        static RenditionView of(Rendition rendition) {
            return new RenditionView(rendition.name, rendition.url, rendition.width, rendition.height,
                    rendition.mimeType);
        }
    }
}
