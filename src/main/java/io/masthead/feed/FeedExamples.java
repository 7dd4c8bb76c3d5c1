package io.masthead.feed;

/** Short examples of the XML documents, for the contract. */
final class FeedExamples {
    static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
            + "version=\"2.0\"><channel><title>The Northern Ledger</title><link>https://ledger.example/en</link>"
            + "<description>The newest articles of The Northern Ledger.</description><language>en</language>"
            + "<atom:link href=\"https://api.ledger.example/api/v1/feeds/rss?lang=en\" rel=\"self\" "
            + "type=\"application/rss+xml\" /><item><title>Harbour deal signed after all-night talks</title>"
            + "<link>https://ledger.example/en/2026/11/20/harbour-deal-signed</link><description>Port operators and "
            + "the city agreed on new fees.</description><category>Shipping</category>"
            + "<pubDate>Fri, 20 Nov 2026 07:45:00 GMT</pubDate><guid isPermaLink=\"false\">"
            + "urn:uuid:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c</guid><dc:creator>Jana Holm</dc:creator></item>"
            + "</channel></rss>";
    static final String ATOM = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title type=\"text\">The Northern Ledger"
            + "</title><link rel=\"alternate\" type=\"text/html\" href=\"https://ledger.example/en\" /><link rel=\"self\" "
            + "type=\"application/atom+xml\" href=\"https://api.ledger.example/api/v1/feeds/atom?lang=en\" />"
            + "<author><name>The Northern Ledger</name></author>"
            + "<id>https://api.ledger.example/api/v1/feeds/atom?lang=en</id><updated>2026-11-20T08:10:00Z</updated>"
            + "<entry><title type=\"text\">Harbour deal signed after all-night talks</title><link rel=\"alternate\" "
            + "type=\"text/html\" href=\"https://ledger.example/en/2026/11/20/harbour-deal-signed\" />"
            + "<category term=\"shipping\" label=\"Shipping\" /><author><name>Jana Holm</name></author>"
            + "<id>urn:uuid:0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c</id><updated>2026-11-20T08:10:00Z</updated>"
            + "<published>2026-11-20T07:45:00Z</published><summary type=\"text\">Port operators and the city agreed "
            + "on new fees.</summary></entry></feed>";

    private FeedExamples() {
    }
}
