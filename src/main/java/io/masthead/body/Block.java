package io.masthead.body;

import io.masthead.article.Article;
import io.masthead.media.Media;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * One typed element of an article body. The columns a type does not use stay null; {@code BlockType} says which
 * ones each type uses, and the writer validates them.
 */
@Entity
public class Block extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    public int position;
    public BlockType type;

    /** Sanitized inline HTML of a paragraph or quote. */
    public String html;
    /** Plain text: derived from {@link #html}, or the text of a heading. */
    public String text;

    public Short level;

    public String person;
    public String role;
    public String source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "media_id")
    public Media media;
    public String caption;
    public String credit;

    public String provider;
    public String url;
    public String title;

    @Column(name = "list_style")
    public ListStyle listStyle;

    @ElementCollection
    @CollectionTable(name = "block_list_item", joinColumns = @JoinColumn(name = "block_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    public List<ListItem> items = new ArrayList<>();
}
