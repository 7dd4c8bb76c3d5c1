package io.masthead.testing;

import io.masthead.article.Article;
import io.masthead.article.ArticleChanged;
import io.masthead.article.ArticleContent;
import io.masthead.article.ArticleStatus;
import io.masthead.article.ArticleWriter;
import io.masthead.body.BlockInput;
import io.masthead.media.Media;
import io.masthead.media.MediaContent;
import io.masthead.media.MediaKind;
import io.masthead.media.MediaWriter;
import io.masthead.section.Section;
import io.masthead.section.SectionContent;
import io.masthead.section.SectionWriter;
import io.masthead.tag.Tag;
import io.masthead.tag.TagContent;
import io.masthead.tag.TagType;
import io.masthead.tag.TagWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds test data through the same writers the application uses. Every name is unique per call. */
@ApplicationScoped
public class Fixtures {
    private final MediaWriter media;
    private final TagWriter tags;
    private final SectionWriter sections;
    private final ArticleWriter articles;
    private final Event<ArticleChanged> events;

    Fixtures(MediaWriter media, TagWriter tags, SectionWriter sections, ArticleWriter articles,
             Event<ArticleChanged> events) {
        this.media = media;
        this.tags = tags;
        this.sections = sections;
        this.articles = articles;
        this.events = events;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A word of letters only that occurs nowhere else, for search tests: the prefix and eight random letters. */
    public static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public Media image() {
        String name = unique("img");
        return media.create(new MediaContent(MediaKind.IMAGE, "https://images.test.example/" + name + ".jpg",
                "image/jpeg", 1600, 900, null, "Alt text of " + name, "Caption of " + name, "© Test / " + name,
                "All rights reserved", null, new MediaContent.FocalPointInput(0.5, 0.4),
                List.of(new MediaContent.RenditionInput("w640", "https://images.test.example/" + name + "-640.jpg",
                        640, 360, "image/jpeg"))));
    }

    public Media audio(int seconds) {
        String name = unique("audio");
        return media.create(new MediaContent(MediaKind.AUDIO, "https://audio.test.example/" + name + ".mp3",
                "audio/mpeg", null, null, seconds, null, null, "Test Radio", null, "Test Narrator", null, null));
    }

    public Tag tag() {
        return tag(TagType.TOPIC);
    }

    public Tag tag(TagType type) {
        String slug = unique("tag");
        return tags.create(new TagContent(slug, type, Map.of(
                "en", new TagContent.Localization("English " + slug, "About " + slug),
                "de", new TagContent.Localization("Deutsch " + slug, null)), null, null, null));
    }

    public Section section() {
        String slug = unique("section");
        return sections.create(new SectionContent(slug, Map.of("en", "Section " + slug, "de", "Ressort " + slug)));
    }

    public ArticleBuilder article() {
        return new ArticleBuilder();
    }

    /** An article with sensible defaults: English, published an hour ago, a hero image and four blocks. */
    public final class ArticleBuilder {
        private String language = "en";
        private String slug = unique("story");
        private String headline = "Headline of " + slug;
        private String standfirst = "Standfirst of " + slug;
        private String contributor = "Test Reporter";
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private OffsetDateTime publishedAt = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        private UUID heroMediaId;
        private boolean hero = true;
        private UUID audioMediaId;
        private String section;
        private List<String> tagSlugs = new ArrayList<>();
        private UUID translationOf;
        private List<BlockInput> blocks;

        public ArticleBuilder language(String value) {
            language = value;
            return this;
        }

        public ArticleBuilder slug(String value) {
            slug = value;
            return this;
        }

        public ArticleBuilder headline(String value) {
            headline = value;
            return this;
        }

        public ArticleBuilder standfirst(String value) {
            standfirst = value;
            return this;
        }

        /** The byline: one contributor with this name, as author. */
        public ArticleBuilder contributor(String name) {
            contributor = name;
            return this;
        }

        public ArticleBuilder status(ArticleStatus value) {
            status = value;
            return this;
        }

        public ArticleBuilder draft() {
            return status(ArticleStatus.DRAFT);
        }

        public ArticleBuilder archived() {
            return status(ArticleStatus.ARCHIVED);
        }

        /** Published, but with a publication time in the future. */
        public ArticleBuilder scheduled() {
            status = ArticleStatus.PUBLISHED;
            publishedAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
            return this;
        }

        public ArticleBuilder publishedAt(OffsetDateTime value) {
            publishedAt = value;
            return this;
        }

        public ArticleBuilder hero(Media value) {
            heroMediaId = value.id;
            return this;
        }

        public ArticleBuilder noHero() {
            hero = false;
            return this;
        }

        public ArticleBuilder audio(Media value) {
            audioMediaId = value.id;
            return this;
        }

        public ArticleBuilder section(Section value) {
            section = value.slug;
            return this;
        }

        public ArticleBuilder tags(Tag... values) {
            for (Tag tag : values) {
                tagSlugs.add(tag.slug);
            }
            return this;
        }

        public ArticleBuilder translationOf(Article value) {
            translationOf = value.id;
            return this;
        }

        public ArticleBuilder blocks(BlockInput... values) {
            blocks = List.of(values);
            return this;
        }

        public ArticleContent content() {
            UUID heroId = hero ? (heroMediaId != null ? heroMediaId : image().id) : null;
            return new ArticleContent(language, slug, headline, "Kicker", standfirst, section,
                    heroId == null ? null : new ArticleContent.Hero(heroId, null, null),
                    audioMediaId == null ? null : new ArticleContent.Audio(audioMediaId),
                    List.of(new ArticleContent.ContributorInput(contributor, "author")),
                    List.of(new ArticleContent.SourceInput("Test Wire", "https://wire.test.example")),
                    tagSlugs, publishedAt, null, translationOf, blocks != null ? blocks : defaultBlocks());
        }

        /**
         * Stores the article and, when it is published or scheduled, announces it as the management API does, so
         * that the changes feed and webhooks know of it.
         */
        public Article create() {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Article article = articles.create(content(), status, "test-fixtures");
                if (status == ArticleStatus.PUBLISHED) {
                    events.fire(ArticleChanged.of(ArticleChanged.Type.PUBLISHED, article, false));
                }
                return article;
            });
        }

        private List<BlockInput> defaultBlocks() {
            return List.of(
                    new BlockInput.Paragraph("paragraph", "First paragraph with <b>bold</b> words."),
                    new BlockInput.Heading("heading", 2, "A heading"),
                    new BlockInput.Quote("quote", "We said <i>this</i>.", "Ada Example", "Harbour master",
                            "Radio Test"),
                    new BlockInput.Paragraph("paragraph", "Last paragraph."));
        }
    }
}
