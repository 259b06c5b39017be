package org.microcare.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.CouncilData;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** The council's list of community activities: brokers and admins keep it, everyone reads it; every change is audited. */
@Stateless
@TenantTransactional
public class CommunityActivities {

    /** An activity as a form or the API sent it, unchecked. */
    public record Draft(String name, String description, String locality, String whenHeld, String cost, String contact, Boolean publicListing) {
    }

    @Inject
    @CouncilData
    EntityManager em;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilAudit audit;

    public List<CommunityActivity> all() {
        return em.createQuery(CommunityActivity.JPQL_ALL, CommunityActivity.class).getResultList();
    }

    /** Those the public directory shows: not retired, marked public, in a locality if one is given. */
    public List<CommunityActivity> published(String locality) {
        return em.createQuery(CommunityActivity.JPQL_PUBLIC, CommunityActivity.class)
                .setParameter("locality", locality == null || locality.isBlank() ? null : locality).getResultList();
    }

    public CommunityActivity get(String id) {
        CommunityActivity a = id == null ? null : em.find(CommunityActivity.class, id);
        if (a == null) {
            throw new RecordNotFoundException("No community activity " + id + " in this council");
        }
        return a;
    }

    /**
     * Checks a draft's fields as {@link #add} and {@link #change} do, saving nothing: for a form that
     * must say everything wrong at once, even when it cannot send the draft yet.
     */
    public void check(Draft d) {
        terms(d);
    }

    public CommunityActivity add(Draft d, Actor actor) {
        CommunityActivity.Terms terms = terms(d);
        requireUnique(terms, null);
        CommunityActivity a = new CommunityActivity(terms);
        em.persist(a);
        audit.record(actor, "COMMUNITY_ACTIVITY_ADDED", "CommunityActivity", a.getId(), a.describe());
        return a;
    }

    public CommunityActivity change(String id, Draft d, Long seenVersion, Actor actor) {
        Violations v = new Violations();
        v.require(seenVersion != null, "version", "Give the version of the activity you changed");
        v.throwIfAny();
        CommunityActivity.Terms terms = terms(d);
        CommunityActivity a = get(id);
        Fields.requireVersion(seenVersion, a.getVersion(), "This activity");
        requireUnique(terms, a.getId());
        String before = a.describe();
        a.change(terms);
        audit.record(actor, "COMMUNITY_ACTIVITY_CHANGED", "CommunityActivity", id, before + " -> " + a.describe());
        return a;
    }

    public CommunityActivity retire(String id, Actor actor) {
        CommunityActivity a = get(id);
        a.retire();
        audit.record(actor, "COMMUNITY_ACTIVITY_RETIRED", "CommunityActivity", id, a.describe());
        return a;
    }

    public CommunityActivity reinstate(String id, Actor actor) {
        CommunityActivity a = get(id);
        a.reinstate();
        audit.record(actor, "COMMUNITY_ACTIVITY_REINSTATED", "CommunityActivity", id, a.describe());
        return a;
    }

    private void requireUnique(CommunityActivity.Terms t, String self) {
        em.createQuery(CommunityActivity.JPQL_NAMED, CommunityActivity.class).setParameter("name", t.name())
                .setParameter("locality", t.localityCode()).getResultStream().filter(a -> !a.getId().equals(self)).findFirst()
                .ifPresent(a -> {
                    throw new ConflictException("There is already an activity called " + t.name() + " in " + t.localityCode());
                });
    }

    private CommunityActivity.Terms terms(Draft d) {
        Violations v = new Violations();
        v.requireText(d.name(), "name", "Name", 200);
        String description = Fields.optionalText(d.description(), "description", "Description", 2000, true, v);
        String locality = Fields.code(d.locality(), "locality", "Locality", v);
        if (locality != null) {
            lists.requireActive(Kind.LOCALITY, List.of(locality), "locality", v);
        }
        v.requireText(d.whenHeld(), "whenHeld", "When it meets", 200);
        String cost = Fields.optionalText(d.cost(), "cost", "Cost", 100, v);
        String contact = Fields.optionalText(d.contact(), "contact", "Contact", 200, v);
        v.throwIfAny();
        return new CommunityActivity.Terms(d.name().trim(), description, locality, d.whenHeld().trim(), cost, contact,
                !Boolean.FALSE.equals(d.publicListing()));
    }
}
