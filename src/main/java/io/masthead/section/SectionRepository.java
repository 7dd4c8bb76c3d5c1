package io.masthead.section;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SectionRepository implements PanacheRepositoryBase<Section, UUID> {
    public Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
