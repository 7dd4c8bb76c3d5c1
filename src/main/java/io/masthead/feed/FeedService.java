package io.masthead.feed;

import io.masthead.article.Article;
import io.masthead.body.BlockView;
import io.masthead.error.NotFound;
import io.masthead.http.SurrogateKeys;
import io.masthead.media.Media;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.persistence.ReadOnly;
import io.masthead.platform.Localized;
import io.masthead.section.Section;
import io.masthead.section.SectionRepository;
import io.masthead.syndication.ArticleAddress;
import io.masthead.syndication.BodyRenderer;
import io.masthead.syndication.Publication;
import io.masthead.syndication.Publications;
import io.masthead.syndication.XmlText;
import io.masthead.tag.Tag;
import io.masthead.tag.TagLabel;
import io.masthead.tag.TagLocalization;
import io.masthead.tag.TagRef;
import io.masthead.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/** Builds a feed of the newest published articles, in a bounded number of statements. */
@ApplicationScoped
@Transactional
@ReadOnly
class FeedService {
    private final Publications publications;
    private final FeedRepository feeds;
    private final TagRepository tags;
    private final SectionRepository sections;
    private final Clock clock;

    FeedService(Publications publications, FeedRepository feeds, TagRepository tags, SectionRepository sections,
                Clock clock) {
        this.publications = publications;
        this.feeds = feeds;
        this.tags = tags;
        this.sections = sections;
        this.clock = clock;
    }

    Feed feed(FeedQuery query) {
        Publication publication = publications.current();
        String language = query.language() != null ? query.language() : publication.defaultLanguage();
        Set<String> keys = new LinkedHashSet<>(List.of(SurrogateKeys.ARTICLES, "site"));
        String title = publication.nameIn(language);
        UUID sectionId = null;
        if (query.section() != null) {
            Section section = sections.findBySlug(query.section())
                    .orElseThrow(() -> new NotFound("section", query.section()));
            sectionId = section.id;
            keys.add("section:" + section.id);
            String name = Localized.pick(section.names, language);
            title += " – " + (name != null ? name : section.slug);
        }
        UUID tagId = null;
        if (query.tag() != null) {
            tagId = Optional.ofNullable(tags.findIdsBySlugsOrAliases(List.of(query.tag())).get(query.tag()))
                    .orElseThrow(() -> new NotFound("tag", query.tag()));
            Tag tag = tags.withLocalizations(List.of(tagId)).get(tagId);
            keys.add("tag:" + tagId);
            TagLocalization name = Localized.pick(tag.localizations, language);
            title += " – " + (name != null ? name.name : tag.slug);
        }

        Instant now = clock.instant();
        List<Article> articles = feeds.newest(query.language(), sectionId, tagId, query.limit(), now);
        List<UUID> ids = articles.stream().map(article -> article.id).toList();
        Map<UUID, List<String>> bylines = feeds.bylines(ids);
        Map<UUID, List<TagLabel>> labels = tags.findLabelsByArticles(ids);
        Map<UUID, List<BlockView>> bodies = query.content() == ContentMode.FULL ? feeds.bodies(ids) : Map.of();

        List<Feed.Item> items = articles.stream().map(article -> item(publication, article,
                bylines.getOrDefault(article.id, List.of()), labels.getOrDefault(article.id, List.of()),
                bodies.get(article.id))).toList();
        items.forEach(item -> keys.addAll(keysOf(item)));
        bodies.values().forEach(blocks -> blocks.stream().filter(BlockView.Image.class::isInstance)
                .forEach(image -> keys.add("media:" + ((BlockView.Image) image).media().id())));
        Instant updated = items.stream().map(item -> item.updated().toInstant()).max(Comparator.naturalOrder())
                .orElse(publication.updatedAt());
        return new Feed(XmlText.clean(title), XmlText.clean("The newest articles of " + title + "."),
                publication.homeIn(language), query.selfUrl(), query.language(), XmlText.clean(publication.nameIn(language)),
                publication.logo(), updated, items, List.copyOf(keys));
    }

    private static Feed.Item item(Publication publication, Article article, List<String> byline, List<TagLabel> labels,
                                  List<BlockView> blocks) {
        Feed.Media image = media(article.heroMedia,
                article.heroCaption != null ? article.heroCaption : captionOf(article.heroMedia),
                article.heroCredit != null ? article.heroCredit : creditOf(article.heroMedia));
        String html = blocks == null ? null : BodyRenderer.html(image == null ? null
                : new BodyRenderer.Figure(image.url(), article.heroMedia.altText, image.width(), image.height(),
                image.caption(), image.credit()), blocks);
        String url = publication.articleUrl(new ArticleAddress(article.id, article.language, article.slug,
                article.section == null ? null : article.section.slug, article.firstPublishedAt.instant));
        return new Feed.Item(article.id, url, XmlText.clean(article.headline), XmlText.clean(article.standfirst), html,
                OffsetTimestamp.toOffsetDateTime(article.publishedAt), OffsetTimestamp.toOffsetDateTime(article.updatedAt),
                article.language, byline.stream().map(XmlText::clean).toList(),
                labels.stream().map(label -> clean(TagRef.of(label, article.language))).toList(), image,
                media(article.audioMedia, null, null));
    }

    private static Feed.Media media(Media media, String caption, String credit) {
        if (media == null) {
            return null;
        }
        return new Feed.Media(media.id, media.url, media.mimeType, media.width, media.height, media.durationSeconds,
                XmlText.clean(caption), XmlText.clean(credit), XmlText.clean(media.narrator));
    }

    private static TagRef clean(TagRef tag) {
        return new TagRef(tag.id(), tag.slug(), tag.type(), XmlText.clean(tag.name()));
    }

    private static String captionOf(Media media) {
        return media == null ? null : media.caption;
    }

    private static String creditOf(Media media) {
        return media == null ? null : media.credit;
    }

    private static List<String> keysOf(Feed.Item item) {
        List<String> keys = new ArrayList<>();
        keys.add(SurrogateKeys.article(item.id()));
        item.tags().forEach(tag -> keys.add("tag:" + tag.id()));
        if (item.image() != null) {
            keys.add("media:" + item.image().id());
        }
        if (item.audio() != null) {
            keys.add("media:" + item.audio().id());
        }
        return keys;
    }
}
