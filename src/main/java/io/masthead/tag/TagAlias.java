package io.masthead.tag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A slug that no longer names a tag of its own (merged away or renamed) and now stands for {@code tag}, so that
 * links and filters using it keep working. A slug is either a tag's or an alias, never both.
 */
@Entity
@Table(name = "tag_alias")
public class TagAlias extends PanacheEntityBase {
    @Id
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id")
    public Tag tag;

    protected TagAlias() {
    }

    TagAlias(String slug, Tag tag) {
        this.slug = slug;
        this.tag = tag;
    }
}
