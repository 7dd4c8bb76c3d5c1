package io.masthead.representation;

import io.masthead.article.ArticleDetail;
import io.masthead.syndication.ArticleAddress;
import io.masthead.syndication.Publication;
import java.util.ArrayList;
import java.util.List;

/** A published article with everything the standard formats say about it, read in one transaction. */
record RepresentedArticle(ArticleDetail article, ArticleExtras extras, Publication publication) {

    /** The article's address on the public site. */
    String url() {
        return publication.articleUrl(new ArticleAddress(article.id(), article.language(), article.slug(),
                article.section() == null ? null : article.section().slug(), article.firstPublishedAt().toInstant()));
    }

    /** The surrogate keys of the JSON representation, and the site and section that these formats name too. */
    List<String> surrogateKeys() {
        List<String> keys = new ArrayList<>(article.surrogateKeys());
        keys.add("site");
        if (extras.sectionId() != null) {
            keys.add("section:" + extras.sectionId());
        }
        return keys;
    }
}
