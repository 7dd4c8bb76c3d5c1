package io.masthead.importer;

import io.masthead.article.ArticleContent;
import io.masthead.article.ArticleStatus;
import io.masthead.tag.TagContent;
import java.util.List;

/** An import line that is well-formed and valid on its own; the database may still refuse it. */
record ParsedLine(ArticleStatus status, ArticleContent article, List<InlineMedia> media, List<TagContent> tags) {
}
