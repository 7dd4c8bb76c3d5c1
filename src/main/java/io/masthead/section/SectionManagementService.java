package io.masthead.section;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.article.EmbeddedChanges;
import io.masthead.error.Conflict;
import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import io.masthead.http.JsonBodies;
import io.masthead.http.Preconditions;
import io.masthead.cache.ChangesDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SectionManagementService {
    private final SectionWriter writer;
    private final SectionRepository sections;
    private final EmbeddedChanges shown;
    private final JsonBodies bodies;

    SectionManagementService(SectionWriter writer, SectionRepository sections, EmbeddedChanges shown,
                             JsonBodies bodies) {
        this.writer = writer;
        this.sections = sections;
        this.shown = shown;
        this.bodies = bodies;
    }

    public ManagedSection create(JsonNode body) {
        return view(writer.create(bodies.read(body, SectionContent.class, ManagedSection.SERVER_OWNED)));
    }

    public ManagedSectionPage list(String cursor, int limit) {
        List<Section> found = sections.findPage(Keyset.decodeKey(cursor), Keyset.fetchSize(limit));
        Keyset.Page<Section> page = Keyset.page(found, limit, last -> Cursor.encode(last.slug));
        Map<UUID, Long> counts = sections.countArticlesInAnyState(page.items().stream().map(s -> s.id).toList());
        List<ManagedSection> items = page.items().stream()
                .map(section -> ManagedSection.of(section, counts.getOrDefault(section.id, 0L)))
                .toList();
        return new ManagedSectionPage(items, page.next());
    }

    public ManagedSection get(UUID id) {
        return view(sections.findByIdOptional(id).orElseThrow(() -> new NotFound("section", id)));
    }

    /** Published articles show the section's slug and names, so they are announced as updated when those change. */
    public ManagedSection replace(UUID id, String ifMatch, JsonNode body) {
        SectionContent content = bodies.read(body, SectionContent.class, ManagedSection.SERVER_OWNED);
        Section section = lockCurrent(id, ifMatch);
        List<Object> previouslyShown = List.of(section.slug, Map.copyOf(section.names));
        writer.replace(section, content);
        if (!List.of(section.slug, Map.copyOf(section.names)).equals(previouslyShown)) {
            shown.sectionChanged(section.id);
        }
        return view(section);
    }

    @ChangesDelivery
    public void delete(UUID id, String ifMatch) {
        Section section = lockCurrent(id, ifMatch);
        long used = count(section);
        if (used > 0) {
            throw new Conflict("Section '" + section.slug + "' has " + used + " article(s) in some state; move "
                    + "them to another section first.");
        }
        sections.delete(section);
    }

    private Section lockCurrent(UUID id, String ifMatch) {
        Section section = sections.findForUpdate(id).orElseThrow(() -> new NotFound("section", id));
        Preconditions.requireCurrent(ifMatch, section.version);
        return section;
    }

    private ManagedSection view(Section section) {
        return ManagedSection.of(section, count(section));
    }

    private long count(Section section) {
        return sections.countArticlesInAnyState(List.of(section.id)).getOrDefault(section.id, 0L);
    }
}
