package io.masthead.tag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@BatchSize(size = 64)
public class Tag extends PanacheEntityBase {
    /** Writers refuse cycles; the bound only keeps a walk up the hierarchy finite whatever the data holds. */
    private static final int MAX_DEPTH = 100;

    @Id
    public UUID id;
    public String slug;
    public TagType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Tag parent;

    @Column(name = "iptc_media_topic")
    public String iptcMediaTopic;
    @Column(name = "wikidata_qid")
    public String wikidataQid;

    /** Name and description per BCP 47 language tag. */
    @ElementCollection
    @CollectionTable(name = "tag_localization", joinColumns = @JoinColumn(name = "tag_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 64)
    public Map<String, TagLocalization> localizations = new HashMap<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Whether this tag is {@code ancestor} or sits somewhere below it. */
    public boolean descendsFrom(Tag ancestor) {
        int depth = 0;
        for (Tag at = this; at != null && depth <= MAX_DEPTH; at = at.parent, depth++) {
            if (at.id.equals(ancestor.id)) {
                return true;
            }
        }
        return false;
    }
}
