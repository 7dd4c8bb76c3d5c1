package io.masthead.site;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The publication itself. There is exactly one row, with id {@link #SINGLETON_ID}. */
@Entity
public class Site extends PanacheEntityBase {
    public static final short SINGLETON_ID = 1;

    @Id
    public short id = SINGLETON_ID;
    public String name;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "logo_media_id")
    public Media logo;
    @Column(name = "default_language")
    public String defaultLanguage;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "base_url")
    public String baseUrl;

    @ElementCollection
    @CollectionTable(name = "site_edition", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "position")
    public List<Edition> editions = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
