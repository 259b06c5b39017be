package org.microcare.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** The current council's catalogue of services MEs offer. Changes are audited. */
@Stateless
@TenantTransactional
public class ServiceCatalogue {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CouncilAudit audit;

    public List<CareService> services() {
        return programmes.services();
    }

    public CareService service(String id) {
        return programmes.service(id).orElseThrow(() -> new RecordNotFoundException("No service " + id));
    }

    public CareService rename(String id, String newName, Actor actor) {
        new Violations().requireText(newName, "name", "Service name", 200).throwIfAny();
        CareService service = service(id);
        String before = service.getName();
        service.rename(newName.trim());
        audit.record(actor, "SERVICE_RENAMED", "CareService", id, service.getCode() + ": " + before + " -> " + service.getName());
        return service;
    }
}
