package io.masthead.cache;

/**
 * Which delivery paths the response cache may keep, and how an article change reaches them. A document shows one
 * thing (an article in any representation, a media item, the site, the index) and names everything it shows in
 * its surrogate keys; every other delivery path lists articles or counts them, so any article change can alter it.
 */
final class DeliveryRoutes {
    private static final String API = "/api/v1";
    private static final String ARTICLES = API + "/articles/";
    private static final String JSON_LD = ".jsonld";

    private DeliveryRoutes() {
    }

    /** Previews show drafts to whoever holds the link, and are never kept. */
    static boolean cacheable(String path) {
        return (path.equals("/") || path.equals(API) || path.startsWith(API + "/"))
                && !path.startsWith(API + "/preview");
    }

    static boolean collection(String path) {
        if (path.equals("/") || path.equals(API) || path.equals(API + "/site") || path.startsWith(API + "/media/")) {
            return false;
        }
        if (!path.startsWith(ARTICLES)) {
            return true;
        }
        String rest = path.substring(ARTICLES.length());
        if (rest.startsWith("id/")) {
            rest = rest.substring("id/".length());
        }
        return rest.isEmpty() || rest.contains("/");
    }

    /** Whether the path reads the article by this slug, in whatever language negotiation picks. */
    static boolean addressesSlug(String path, String slug) {
        if (!path.startsWith(ARTICLES) || !path.regionMatches(ARTICLES.length(), slug, 0, slug.length())) {
            return false;
        }
        String rest = path.substring(ARTICLES.length() + slug.length());
        return rest.isEmpty() || rest.equals(JSON_LD);
    }
}
