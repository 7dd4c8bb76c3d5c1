package io.masthead.media;

import io.masthead.http.Limits;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
public class Media extends PanacheEntityBase {
    @Id
    public UUID id;

    public MediaKind kind;

    public String url;
    @Column(name = "mime_type")
    public String mimeType;
    public Integer width;
    public Integer height;
    @Column(name = "duration_seconds")
    public Integer durationSeconds;
    @Column(name = "alt_text")
    public String altText;
    public String caption;
    public String credit;
    public String copyright;
    public String narrator;
    @Column(name = "focal_x")
    public Double focalX;
    @Column(name = "focal_y")
    public Double focalY;

    @ElementCollection
    @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "media_id"))
    @OrderBy("width")
    @BatchSize(size = 2 * Limits.MAX_PAGE_SIZE)
    public List<Rendition> renditions = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
