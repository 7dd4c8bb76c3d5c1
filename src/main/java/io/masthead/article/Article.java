package io.masthead.article;

import io.masthead.body.Block;
import io.masthead.media.Media;
import io.masthead.persistence.OffsetTimestamp;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

@Entity
public class Article extends PanacheEntityBase {
    @Id
    public UUID id;
    public String slug;
    /** BCP 47 language tag. */
    public String language;
    /** Articles that share this id are translations of each other. */
    @Column(name = "translation_group_id")
    public UUID translationGroupId;

    public String headline;
    public String kicker;
    public String standfirst;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hero_media_id")
    public Media heroMedia;
    @Column(name = "hero_caption")
    public String heroCaption;
    @Column(name = "hero_credit")
    public String heroCredit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audio_media_id")
    public Media audioMedia;

    public ArticleStatus status;

    @Embedded
    @AttributeOverride(name = "instant", column = @Column(name = "first_published_at"))
    @AttributeOverride(name = "offsetSeconds", column = @Column(name = "first_published_at_offset"))
    public OffsetTimestamp firstPublishedAt;

    @Embedded
    @AttributeOverride(name = "instant", column = @Column(name = "published_at"))
    @AttributeOverride(name = "offsetSeconds", column = @Column(name = "published_at_offset"))
    public OffsetTimestamp publishedAt;

    @Embedded
    @AttributeOverride(name = "instant", column = @Column(name = "created_at"))
    @AttributeOverride(name = "offsetSeconds", column = @Column(name = "created_at_offset"))
    public OffsetTimestamp createdAt;

    @Embedded
    @AttributeOverride(name = "instant", column = @Column(name = "updated_at"))
    @AttributeOverride(name = "offsetSeconds", column = @Column(name = "updated_at_offset"))
    public OffsetTimestamp updatedAt;

    @Column(name = "word_count")
    public int wordCount;
    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;

    @Column(name = "seo_title")
    public String seoTitle;
    @Column(name = "seo_description")
    public String seoDescription;
    @Column(name = "canonical_url")
    public String canonicalUrl;

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "article_contributor", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    public List<Contributor> contributors = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "article_source", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    public List<Source> sources = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @ManyToMany
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 64)
    public List<Tag> tags = new ArrayList<>();

    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Block> blocks = new ArrayList<>();

    /** The name of the API key that created the article. */
    @Column(name = "created_by")
    public String createdBy;
    /** The name of the API key that changed it last. */
    @Column(name = "updated_by")
    public String updatedBy;

    /**
     * Raised by exactly one per change. The collections above are left out of optimistic locking because
     * ArticleWriter replaces them in a flush of their own; every change also sets updatedAt, which raises it.
     */
    @Version
    public long version;
}
