package org.microcare.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.Locality;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.infrastructure.tenancy.CouncilData;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @Inject
    @CouncilData
    EntityManager em;

    @Override
    public Optional<Programme> find() {
        return em.createQuery("SELECT p FROM Programme p", Programme.class).getResultStream().findFirst();
    }

    @Override
    public Optional<Programme> findForChange() {
        return em.createQuery("SELECT p FROM Programme p", Programme.class).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Programme programme) {
        em.persist(programme);
    }

    @Override
    public List<CareService> services() {
        return em.createQuery(CareService.JPQL_FIND_ALL, CareService.class).getResultList();
    }

    @Override
    public Optional<CareService> service(String id) {
        return Optional.ofNullable(id == null ? null : em.find(CareService.class, id));
    }

    @Override
    public Optional<CareService> serviceByCode(String code) {
        return em.createQuery("SELECT s FROM CareService s WHERE s.code = :code", CareService.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public void addService(CareService service) {
        em.persist(service);
    }

    @Override
    public List<Locality> localities() {
        return em.createQuery(Locality.JPQL_FIND_ALL, Locality.class).getResultList();
    }

    @Override
    public Optional<Locality> locality(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Locality.class, id));
    }

    @Override
    public Optional<Locality> localityByCode(String code) {
        return em.createQuery("SELECT l FROM Locality l WHERE l.code = :code", Locality.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public void addLocality(Locality locality) {
        em.persist(locality);
    }
}
