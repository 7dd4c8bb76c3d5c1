package io.masthead.representation;

import io.masthead.article.ArticleDetail;
import io.masthead.article.HeroView;
import io.masthead.syndication.BodyRenderer;
import io.masthead.syndication.Publication;
import io.masthead.tag.TagRef;
import java.time.Duration;
import java.util.List;

/** Maps an article to a schema.org NewsArticle. */
final class JsonLdMapper {
    /**
     * Speakable parts as XPaths into the page head, which every front end fills from the article's {@code seo}
     * (title: the headline; meta description: the standfirst), so that they hold whatever markup the body uses.
     */
    static final List<String> SPEAKABLE_XPATHS = List.of("/html/head/title",
            "/html/head/meta[@name='description']/@content");

    private JsonLdMapper() {
    }

    static NewsArticleJsonLd of(RepresentedArticle represented) {
        ArticleDetail article = represented.article();
        Publication publication = represented.publication();
        String url = represented.url();
        return new NewsArticleJsonLd("https://schema.org", "NewsArticle", url + "#article", url,
                new NewsArticleJsonLd.WebPage("WebPage", url), article.headline(), article.kicker(),
                article.standfirst(), article.hero() == null ? List.of() : List.of(image(article.hero())),
                article.firstPublishedAt(), article.updatedAt(),
                article.byline().stream().map(person -> person(person.name())).toList(),
                publisher(publication, article.language()), article.language(),
                article.tags().stream().map(TagRef::name).toList(),
                article.section() == null ? null : article.section().name(),
                BodyRenderer.text(article.blocks()), article.wordCount(),
                Duration.ofMinutes(article.readingTimeMinutes()).toString(),
                new NewsArticleJsonLd.Speakable("SpeakableSpecification", SPEAKABLE_XPATHS), true,
                audio(article.audio()));
    }

    private static NewsArticleJsonLd.ImageObject image(HeroView hero) {
        return new NewsArticleJsonLd.ImageObject("ImageObject", hero.media().url(), hero.media().url(),
                hero.media().width(), hero.media().height(), hero.caption(), hero.credit(), hero.media().copyright());
    }

    private static NewsArticleJsonLd.Organization publisher(Publication publication, String language) {
        Publication.Logo logo = publication.logo();
        return new NewsArticleJsonLd.Organization("NewsMediaOrganization", publication.nameIn(language),
                publication.homeIn(language), logo == null ? null : new NewsArticleJsonLd.ImageObject("ImageObject",
                logo.url(), logo.url(), logo.width(), logo.height(), null, null, null));
    }

    private static NewsArticleJsonLd.AudioObject audio(ArticleDetail.AudioView audio) {
        if (audio == null) {
            return null;
        }
        return new NewsArticleJsonLd.AudioObject("AudioObject", audio.media().url(), audio.media().mimeType(),
                audio.durationSeconds() > 0 ? Duration.ofSeconds(audio.durationSeconds()).toString() : null,
                audio.narrator() == null ? null : person(audio.narrator()));
    }

    private static NewsArticleJsonLd.Person person(String name) {
        return new NewsArticleJsonLd.Person("Person", name);
    }
}
