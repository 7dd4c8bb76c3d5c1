package io.masthead.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndPerson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a feed as Atom 1.0 (RFC 4287) with Rome. The feed's id is its own URL, an entry's id the article's
 * {@code urn:uuid}; the publication is the feed's author, so that entries without a byline stay valid.
 */
final class AtomWriter {
    static final String MEDIA_TYPE = "application/atom+xml";

    private AtomWriter() {
    }

    static byte[] write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.selfUrl());
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAuthors(List.of(person(feed.publisher(), feed.homeUrl())));
        atom.setAlternateLinks(List.of(link("alternate", feed.homeUrl(), "text/html")));
        atom.setOtherLinks(List.of(link("self", feed.selfUrl(), MEDIA_TYPE)));
        if (feed.logo() != null) {
            atom.setLogo(feed.logo().url());
        }
        atom.setEntries(feed.items().stream().map(AtomWriter::entry).toList());
        return FeedXml.write(atom, feed.language()).getBytes(StandardCharsets.UTF_8);
    }

    private static Entry entry(Feed.Item item) {
        Entry entry = new Entry();
        entry.setId(item.uri());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html")));
        List<Link> enclosures = new ArrayList<>();
        if (item.image() != null) {
            enclosures.add(link("enclosure", item.image().url(), item.image().mimeType()));
        }
        if (item.audio() != null) {
            enclosures.add(link("enclosure", item.audio().url(), item.audio().mimeType()));
        }
        entry.setOtherLinks(enclosures);
        entry.setPublished(Date.from(item.published().toInstant()));
        entry.setUpdated(Date.from(item.updated().toInstant()));
        entry.setAuthors(item.authors().stream().map(name -> person(name, null)).toList());
        entry.setCategories(item.tags().stream().map(tag -> {
            Category category = new Category();
            category.setTerm(tag.slug());
            category.setLabel(tag.name());
            return category;
        }).toList());
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        if (item.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        List<Module> modules = new ArrayList<>();
        MediaRss.of(item).ifPresent(modules::add);
        entry.setModules(modules);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
