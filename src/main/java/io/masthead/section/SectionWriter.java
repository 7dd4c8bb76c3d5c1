package io.masthead.section;

import io.masthead.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;

@ApplicationScoped
@Transactional
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
        section.slug = content.slug();
        section.names.putAll(content.names());
        section.createdAt = OffsetDateTime.now(clock);
        section.updatedAt = section.createdAt;
        sections.persist(section);
        return section;
    }
}
