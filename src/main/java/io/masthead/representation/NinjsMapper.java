package io.masthead.representation;

import io.masthead.article.ArticleDetail;
import io.masthead.article.HeroView;
import io.masthead.media.MediaView;
import io.masthead.syndication.BodyRenderer;
import io.masthead.syndication.Publication;
import io.masthead.tag.TagRef;
import io.masthead.tag.TagType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Maps an article to an IPTC ninjs 3.3 news item. */
final class NinjsMapper {
    private static final String MEDIA_TOPIC_PREFIX = "medtop:";
    private static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    private static final String WIKIDATA_URI = "http://www.wikidata.org/entity/";
    private static final NinjsItem.Standard STANDARD = new NinjsItem.Standard("ninjs", "3.3",
            "http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json#");

    private NinjsMapper() {
    }

    static NinjsItem of(RepresentedArticle represented) {
        ArticleDetail article = represented.article();
        ArticleExtras extras = represented.extras();
        Publication publication = represented.publication();
        String html = BodyRenderer.html(null, article.blocks());
        String text = BodyRenderer.text(article.blocks());
        List<NinjsItem.Concept> people = new ArrayList<>(article.byline().stream()
                .map(person -> new NinjsItem.Concept(person.name(), person.role() != null ? person.role() : "contributor",
                        null, null))
                .toList());
        people.addAll(concepts(article, extras, TagType.PERSON));
        String publisher = publication.nameIn(article.language());
        return new NinjsItem("urn:uuid:" + article.id(), "text", "full", Long.toString(extras.version()),
                article.firstPublishedAt(), article.updatedAt(), extras.createdAt(), "usable", article.language(),
                STANDARD, headlines(article), descriptions(article),
                List.of(new NinjsItem.Body("main", "text/html", text.length(), article.wordCount(), html),
                        new NinjsItem.Body("main", "text/plain", text.length(), article.wordCount(), text)),
                article.slug(), article.byline().isEmpty() ? null
                : article.byline().stream().map(ArticleDetail.Byline::name).collect(Collectors.joining(", ")),
                concepts(article, extras, TagType.TOPIC), people, concepts(article, extras, TagType.ORGANISATION),
                concepts(article, extras, TagType.PLACE), concepts(article, extras, TagType.EVENT),
                article.sources().stream().map(source -> new NinjsItem.InfoSource(source.name(), "source", source.url()))
                        .toList(),
                publisher, "© " + article.firstPublishedAt().getYear() + " " + publisher,
                publication.usageTerms().orElse(null),
                List.of(new NinjsItem.AltId("url", represented.url()),
                        new NinjsItem.AltId("masthead-id", article.id().toString())),
                associations(article));
    }

    private static List<NinjsItem.Text> headlines(ArticleDetail article) {
        List<NinjsItem.Text> headlines = new ArrayList<>();
        headlines.add(new NinjsItem.Text("main", "text/plain", article.headline()));
        if (article.kicker() != null) {
            headlines.add(new NinjsItem.Text("kicker", "text/plain", article.kicker()));
        }
        return headlines;
    }

    private static List<NinjsItem.Text> descriptions(ArticleDetail article) {
        List<NinjsItem.Text> descriptions = new ArrayList<>();
        if (article.standfirst() != null) {
            descriptions.add(new NinjsItem.Text("summary", "text/plain", article.standfirst()));
        }
        if (article.seo().description() != null && !article.seo().description().equals(article.standfirst())) {
            descriptions.add(new NinjsItem.Text("seo", "text/plain", article.seo().description()));
        }
        return descriptions;
    }

    /** The article's tags of one type, with the best URI each has: IPTC Media Topic for topics, else Wikidata. */
    private static List<NinjsItem.Concept> concepts(ArticleDetail article, ArticleExtras extras, TagType type) {
        return article.tags().stream().filter(tag -> tag.type() == type)
                .map(tag -> new NinjsItem.Concept(tag.name(), "about", uri(tag, extras), tag.slug()))
                .toList();
    }

    private static String uri(TagRef tag, ArticleExtras extras) {
        ArticleExtras.TagIds ids = extras.tags().get(tag.id());
        if (ids == null) {
            return null;
        }
        String topic = ids.iptcMediaTopic();
        if (topic != null && tag.type() == TagType.TOPIC) {
            return topic.startsWith(MEDIA_TOPIC_PREFIX)
                    ? MEDIA_TOPIC_URI + topic.substring(MEDIA_TOPIC_PREFIX.length())
                    : topic;
        }
        return ids.wikidataQid() == null ? null : WIKIDATA_URI + ids.wikidataQid();
    }

    private static List<NinjsItem.Association> associations(ArticleDetail article) {
        List<NinjsItem.Association> associations = new ArrayList<>();
        HeroView hero = article.hero();
        if (hero != null) {
            MediaView media = hero.media();
            List<NinjsItem.Text> descriptions = new ArrayList<>();
            if (hero.caption() != null) {
                descriptions.add(new NinjsItem.Text("caption", "text/plain", hero.caption()));
            }
            if (media.altText() != null) {
                descriptions.add(new NinjsItem.Text("alt", "text/plain", media.altText()));
            }
            List<NinjsItem.Rendition> renditions = new ArrayList<>();
            renditions.add(new NinjsItem.Rendition("original", media.url(), media.mimeType(), media.width(),
                    media.height(), null, poi(media, media.width(), media.height())));
            media.renditions().forEach(rendition -> renditions.add(new NinjsItem.Rendition(rendition.name(),
                    rendition.url(), rendition.mimeType(), rendition.width(), rendition.height(), null,
                    poi(media, rendition.width(), rendition.height()))));
            associations.add(new NinjsItem.Association("hero", "hero", "urn:uuid:" + media.id(), "picture",
                    descriptions, hero.credit(), media.copyright(), renditions));
        }
        ArticleDetail.AudioView audio = article.audio();
        if (audio != null) {
            MediaView media = audio.media();
            associations.add(new NinjsItem.Association("audio", "audio", "urn:uuid:" + media.id(), "audio", List.of(),
                    audio.narrator(), media.copyright(), List.of(new NinjsItem.Rendition("original", media.url(),
                    media.mimeType(), null, null, audio.durationSeconds() > 0 ? audio.durationSeconds() : null,
                    null))));
        }
        return associations;
    }

    /** The focal point in a file's own pixels, when the image has one and the file's size is known. */
    private static NinjsItem.Poi poi(MediaView media, Integer width, Integer height) {
        if (media.focalPoint() == null || width == null || height == null) {
            return null;
        }
        return new NinjsItem.Poi((int) Math.round(media.focalPoint().x() * width),
                (int) Math.round(media.focalPoint().y() * height));
    }
}
