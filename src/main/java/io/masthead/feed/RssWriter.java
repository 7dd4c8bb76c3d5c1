package io.masthead.feed;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/** Writes a feed as RSS 2.0 with Rome: content:encoded for full text, dc:creator for bylines, Media RSS for media. */
final class RssWriter {
    static final String MEDIA_TYPE = "application/rss+xml";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    /** RSS 2.0 limits the channel image; a larger logo is linked without dimensions. */
    private static final int MAX_IMAGE_WIDTH = 144;
    private static final int MAX_IMAGE_HEIGHT = 400;

    private RssWriter() {
    }

    static byte[] write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setGenerator("Masthead");
        channel.setLastBuildDate(Date.from(feed.updated()));
        feed.items().stream().findFirst().ifPresent(newest -> channel.setPubDate(Date.from(newest.published().toInstant())));
        if (feed.logo() != null) {
            channel.setImage(image(feed));
        }
        channel.getForeignMarkup().add(new Element("link", ATOM).setAttribute("href", feed.selfUrl())
                .setAttribute("rel", "self").setAttribute("type", MEDIA_TYPE));
        channel.setItems(feed.items().stream().map(RssWriter::item).toList());
        return FeedXml.write(channel).getBytes(StandardCharsets.UTF_8);
    }

    private static Image image(Feed feed) {
        Image image = new Image();
        image.setUrl(feed.logo().url());
        image.setTitle(feed.title());
        image.setLink(feed.homeUrl());
        Integer width = feed.logo().width();
        Integer height = feed.logo().height();
        boolean fits = width != null && height != null && width <= MAX_IMAGE_WIDTH && height <= MAX_IMAGE_HEIGHT;
        // Rome writes its own default of -1 unless the dimensions are cleared.
        image.setWidth(fits ? width : null);
        image.setHeight(fits ? height : null);
        return image;
    }

    private static Item item(Feed.Item entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(entry.uri());
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published().toInstant()));
        if (entry.summary() != null) {
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(entry.summary());
            item.setDescription(description);
        }
        if (entry.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.contentHtml());
            item.setContent(content);
        }
        item.setCategories(entry.tags().stream().map(tag -> {
            Category category = new Category();
            category.setValue(tag.name());
            return category;
        }).toList());
        if (entry.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.image().url());
            enclosure.setType(entry.image().mimeType());
            // RSS requires a length; the byte size of media is not recorded, and 0 is the customary "unknown".
            enclosure.setLength(0);
            item.setEnclosures(List.of(enclosure));
        }
        List<Module> modules = new ArrayList<>();
        if (!entry.authors().isEmpty()) {
            DCModuleImpl dublinCore = new DCModuleImpl();
            dublinCore.setCreators(entry.authors());
            modules.add(dublinCore);
        }
        MediaRss.of(entry).ifPresent(modules::add);
        item.setModules(modules);
        return item;
    }
}
