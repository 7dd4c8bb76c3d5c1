package io.masthead.sitemap;

import io.masthead.syndication.XmlText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the sitemap documents with the JDK's StAX writer, which escapes every value. Times are W3C datetimes in
 * whole seconds with the offset they were written with.
 */
final class SitemapXml {
    static final String MEDIA_TYPE = "application/xml";
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    static byte[] index(List<IndexEntry> entries) {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (IndexEntry entry : entries) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", entry.loc());
                if (entry.lastModified() != null) {
                    element(xml, "lastmod", time(entry.lastModified()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] urls(List<SitemapEntry> entries) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (SitemapEntry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", entry.url());
                element(xml, "lastmod", time(entry.lastModified()));
                for (SitemapEntry.Alternate alternate : entry.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.language());
                    xml.writeAttribute("href", XmlText.clean(alternate.url()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    static byte[] news(List<NewsEntry> entries) {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (NewsEntry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", entry.url());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", entry.publication());
                newsElement(xml, "language", NewsLanguage.of(entry.language()));
                xml.writeEndElement();
                newsElement(xml, "publication_date", time(entry.published()));
                newsElement(xml, "title", entry.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.setPrefix("xhtml", XHTML_NS);
            xml.setPrefix("news", NEWS_NS);
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The sitemap could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static String time(OffsetDateTime time) {
        return W3C.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** One file of the sitemap index; {@code lastModified} is null when it is not worth a query. */
    record IndexEntry(String loc, OffsetDateTime lastModified) {
    }

    /** One article of the news sitemap. */
    record NewsEntry(String url, String publication, String language, OffsetDateTime published, String title) {
    }
}
