package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "microcare")
    EntityManager em;

    @Override
    public Optional<Programme> find() {
        return em.createQuery("SELECT p FROM Programme p", Programme.class).getResultStream().findFirst();
    }

    @Override
    public void add(Programme programme) {
        em.persist(programme);
    }

    @Override
    public List<CareService> services() {
        return em.createNamedQuery("CareService.findAll", CareService.class).getResultList();
    }

    @Override
    public Optional<CareService> service(String id) {
        return Optional.ofNullable(em.find(CareService.class, id));
    }

    @Override
    public void addService(CareService service) {
        em.persist(service);
    }

    @Override
    public List<FrameworkRequirement> framework() {
        return em.createNamedQuery("FrameworkRequirement.findAll", FrameworkRequirement.class).getResultList();
    }

    @Override
    public void addRequirement(FrameworkRequirement requirement) {
        em.persist(requirement);
    }
}
