package io.masthead.site;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.error.NotFound;
import io.masthead.error.PreconditionFailed;
import io.masthead.error.PreconditionRequired;
import io.masthead.http.JsonBodies;
import io.masthead.http.Preconditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Reading and saving the site. Changing it needs If-Match like every other resource; creating it, when there
 * is none yet, needs {@code If-None-Match: *}, so that two admins configuring a new installation at once cannot
 * overwrite each other either.
 */
@ApplicationScoped
@Transactional
public class SiteManagementService {
    private final SiteWriter writer;
    private final SiteRepository sites;
    private final JsonBodies bodies;

    SiteManagementService(SiteWriter writer, SiteRepository sites, JsonBodies bodies) {
        this.writer = writer;
        this.sites = sites;
        this.bodies = bodies;
    }

    public ManagedSite get() {
        return sites.findSite().map(ManagedSite::of).orElseThrow(() -> new NotFound("site", "configured site"));
    }

    public Saved save(String ifMatch, String ifNoneMatch, JsonNode body) {
        SiteContent content = bodies.read(body, SiteContent.class, ManagedSite.SERVER_OWNED);
        boolean createOnly = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
        Site current = sites.findForUpdate().orElse(null);
        if (current == null) {
            return new Saved(ManagedSite.of(create(content, ifMatch, createOnly)), true);
        }
        if (createOnly) {
            throw new PreconditionFailed("The site exists already (If-None-Match: * is for creating it); send "
                    + "If-Match: " + Preconditions.etag(current.version) + " to change it.");
        }
        Preconditions.requireCurrent(ifMatch, current.version);
        Site saved = writer.save(content);
        sites.flush();
        return new Saved(ManagedSite.of(saved), false);
    }

    private Site create(SiteContent content, String ifMatch, boolean createOnly) {
        if (!createOnly) {
            String detail = "No site exists yet: send If-None-Match: * to create it.";
            throw ifMatch == null ? new PreconditionRequired(detail) : new PreconditionFailed(detail);
        }
        Site created = writer.save(content);
        try {
            sites.flush();
        } catch (PersistenceException e) {
            // Nothing could be locked while no site existed, so the other creator's row is what the key refuses.
            if (!isKeyViolation(e)) {
                throw e;
            }
            throw new PreconditionFailed("Another request created the site at the same moment; GET it and send "
                    + "If-Match to change it.");
        }
        return created;
    }

    private static boolean isKeyViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** The saved site, and whether this request created it. */
    public record Saved(ManagedSite site, boolean created) {
    }
}
