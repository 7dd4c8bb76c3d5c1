package io.masthead.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.masthead.article.ArticleContent;
import io.masthead.section.SectionContent;
import io.masthead.site.SiteContent;
import io.masthead.tag.TagContent;
import java.util.List;

/**
 * The demo publication in {@code demo/content.json}. Articles and media use the management API's request
 * shapes; the extra fields (keys, states) only exist so that one file can describe a whole publication.
 */
record DemoContent(SiteContent site, List<SectionContent> sections, List<TagContent> tags,
                   List<ObjectNode> media, List<DemoArticle> articles) {

    /**
     * @param key           a name other demo articles use to refer to this one
     * @param status        draft, published or archived
     * @param publishIn     an ISO-8601 duration: publish that long after loading, i.e. scheduled
     * @param translationOf the key of an earlier demo article that this one translates
     */
    record DemoArticle(String key, String status, String publishIn, String translationOf, ArticleContent content) {
    }
}
