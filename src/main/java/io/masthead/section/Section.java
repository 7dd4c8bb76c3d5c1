package io.masthead.section;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A department of the publication (politics, business, ...), with a name per language. */
@Entity
public class Section extends PanacheEntityBase {
    @Id
    public UUID id;
    public String slug;

    @ElementCollection
    @CollectionTable(name = "section_name", joinColumns = @JoinColumn(name = "section_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    @BatchSize(size = 64)
    public Map<String, String> names = new HashMap<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
