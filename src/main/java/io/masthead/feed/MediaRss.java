package io.masthead.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hero image and the audio version of an item as Media RSS ({@code media:content}), which RSS and Atom readers
 * use for dimensions, duration, captions and credits that an enclosure cannot carry.
 */
final class MediaRss {
    private MediaRss() {
    }

    static Optional<MediaEntryModuleImpl> of(Feed.Item item) {
        List<MediaContent> contents = new ArrayList<>();
        if (item.image() != null) {
            MediaContent image = content(item.image(), "image");
            image.setWidth(item.image().width());
            image.setHeight(item.image().height());
            image.setDefaultContent(true);
            contents.add(image);
        }
        if (item.audio() != null) {
            MediaContent audio = content(item.audio(), "audio");
            if (item.audio().durationSeconds() != null) {
                audio.setDuration(item.audio().durationSeconds().longValue());
            }
            contents.add(audio);
        }
        if (contents.isEmpty()) {
            return Optional.empty();
        }
        MediaEntryModuleImpl module = new MediaEntryModuleImpl();
        module.setMediaContents(contents.toArray(MediaContent[]::new));
        return Optional.of(module);
    }

    private static MediaContent content(Feed.Media media, String medium) {
        MediaContent content = new MediaContent(new UrlReference(URI.create(media.url())));
        content.setType(media.mimeType());
        content.setMedium(medium);
        Metadata metadata = new Metadata();
        if (media.caption() != null) {
            metadata.setDescription(media.caption());
        }
        String credit = media.credit() != null ? media.credit() : media.narrator();
        if (credit != null) {
            metadata.setCredits(new Credit[] {new Credit(null, null, credit)});
        }
        content.setMetadata(metadata);
        return content;
    }
}
