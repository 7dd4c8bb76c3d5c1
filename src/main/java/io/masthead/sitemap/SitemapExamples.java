package io.masthead.sitemap;

/** Short examples of the sitemap documents, for the contract. */
final class SitemapExamples {
    static final String INDEX = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>https://ledger.example/sitemaps/articles/2026-11.xml</loc>"
            + "<lastmod>2026-11-20T09:10:00Z</lastmod></sitemap>"
            + "<sitemap><loc>https://ledger.example/sitemaps/news.xml</loc></sitemap></sitemapindex>";
    static final String ARTICLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
            + "<url><loc>https://ledger.example/en/2026/11/20/harbour-deal-signed</loc>"
            + "<lastmod>2026-11-20T09:10:00Z</lastmod>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"de\" "
            + "href=\"https://ledger.example/de/2026/11/20/hafenabkommen-unterzeichnet\"/>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"en\" "
            + "href=\"https://ledger.example/en/2026/11/20/harbour-deal-signed\"/></url></urlset>";
    static final String NEWS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + "<url><loc>https://ledger.example/en/2026/11/20/harbour-deal-signed</loc><news:news><news:publication>"
            + "<news:name>The Northern Ledger</news:name><news:language>en</news:language></news:publication>"
            + "<news:publication_date>2026-11-20T08:45:00+01:00</news:publication_date>"
            + "<news:title>Harbour deal signed after all-night talks</news:title></news:news></url></urlset>";

    private SitemapExamples() {
    }
}
