package io.masthead.section;

import io.masthead.error.Conflict;
import io.masthead.persistence.Ids;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;

@ApplicationScoped
@Transactional
@ChangesDelivery
public class SectionWriter {
    private final SectionRepository sections;
    private final Clock clock;

    SectionWriter(SectionRepository sections, Clock clock) {
        this.sections = sections;
        this.clock = clock;
    }

    public Section create(@NotNull @Valid SectionContent content) {
        Section section = new Section();
        section.id = Ids.next();
        section.createdAt = OffsetDateTime.now(clock);
        apply(section, content);
        sections.persist(section);
        sections.flush();
        return section;
    }

    /** Replaces slug and names. Articles refer to the section by id, so a new slug needs nothing else. */
    public Section replace(@NotNull Section section, @NotNull @Valid SectionContent content) {
        apply(section, content);
        sections.flush();
        return section;
    }

    private void apply(Section section, SectionContent content) {
        if (!content.slug().equals(section.slug)) {
            sections.findBySlug(content.slug()).ifPresent(other -> {
                throw new Conflict("The slug '" + content.slug() + "' is already used by another section.");
            });
            section.slug = content.slug();
        }
        section.names.keySet().retainAll(content.names().keySet());
        section.names.putAll(content.names());
        section.updatedAt = OffsetDateTime.now(clock);
    }
}
