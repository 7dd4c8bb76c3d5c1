package io.masthead.site;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, Short> {

    public Optional<Site> findSite() {
        return getEntityManager().createQuery(
                        "select s from Site s left join fetch s.logo where s.id = :id", Site.class)
                .setParameter("id", Site.SINGLETON_ID)
                .getResultStream()
                .findFirst();
    }

    /** The site, locked for the rest of the transaction so that concurrent writers queue up. */
    public Optional<Site> findForUpdate() {
        return Optional.ofNullable(getEntityManager().find(Site.class, Site.SINGLETON_ID,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** The language of lookups that name none; English until a site is configured. */
    public String defaultLanguage() {
        return getEntityManager().createQuery("select s.defaultLanguage from Site s", String.class)
                .getResultStream()
                .findFirst()
                .orElse("en");
    }
}
