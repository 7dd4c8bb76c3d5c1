package io.masthead.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses XML responses with the JDK's parser and validates sitemaps against the sitemaps.org XSDs (with the
 * extension schemas in {@code src/test/resources/standards}).
 */
public final class XmlDocuments {
    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private static final Schema SITEMAP = schema("sitemap.xsd", "masthead-xhtml-link.xsd", "masthead-news-sitemap.xsd");
    private static final Schema SITE_INDEX = schema("siteindex.xsd");

    private XmlDocuments() {
    }

    /** Parses a document namespace-aware; fails on anything that is not well-formed XML. */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a urlset (plain, with hreflang alternates, or a news sitemap) against sitemap.xsd. */
    public static Document validSitemap(String xml) {
        return validate(SITEMAP, xml);
    }

    public static Document validSiteIndex(String xml) {
        return validate(SITE_INDEX, xml);
    }

    /** The text of every element with this namespace and local name, in document order. */
    public static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    /** Every element with this namespace and local name, in document order. */
    public static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    /** Every element with this namespace and local name below {@code parent}, in document order. */
    public static List<Element> elementsIn(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    private static Document validate(Schema schema, String xml) {
        Document document = parse(xml);
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("invalid against the XSD: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }

    private static Schema schema(String... files) {
        try {
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                InputStream stream = XmlDocuments.class.getResourceAsStream("/standards/" + files[i]);
                sources[i] = new StreamSource(stream, files[i]);
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the XSDs " + String.join(", ", files), e);
        }
    }
}
