package org.microcare.application;

import java.time.Instant;
import java.util.EnumSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.FrameworkRepository;
import org.microcare.domain.model.programme.FrameworkRequirement;
import org.microcare.domain.model.programme.FrameworkVersion;
import org.microcare.domain.model.programme.RequirementTerms;
import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.model.user.CouncilUser;
import org.microcare.domain.model.user.CouncilUserRepository;
import org.microcare.domain.model.user.Role;
import org.microcare.infrastructure.config.NationTemplate;
import org.microcare.infrastructure.config.NationTemplates;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * Fills a new council schema from its nation template and creates the first council admin, in one
 * transaction. Does nothing if the programme row is already there, so a retry is safe.
 */
@Stateless
@TenantTransactional
public class CouncilSeeder {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkRepository framework;

    @Inject
    CouncilUserRepository users;

    @Inject
    NationTemplates templates;

    public boolean seed(Tenant tenant) {
        if (programmes.find().isPresent()) {
            return false;
        }
        NationTemplate template = templates.forNation(tenant.getNation());
        programmes.add(new Programme(tenant.getId(), tenant.getName(), tenant.getNation(), tenant.getProgrammeName(),
                template.welshLanguage(), String.join(",", template.fundingRoutes())));
        template.services().forEach(s -> programmes.addService(new CareService(s.code(), s.name())));
        framework.add(new FrameworkVersion(1, FrameworkVersion.BEGINNING, null, FrameworkVersion.Change.STARTED,
                "Starting framework from the " + tenant.getNation().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " template", Actor.SYSTEM.username(), Instant.now()));
        template.framework().forEach(r -> framework.add(new FrameworkRequirement(new RequirementTerms(
                r.code(), r.name(), r.guidance(), r.mandatory(), r.validityMonths(), r.appliesToServices(), r.medicationOnly()),
                1, FrameworkVersion.BEGINNING)));
        if (tenant.getPendingAdminUsername() != null) {
            users.add(new CouncilUser(tenant.getPendingAdminUsername(), "Council administrator",
                    EnumSet.of(Role.COUNCIL_ADMIN), tenant.getPendingAdminPasswordHash(), Instant.now()));
        }
        return true;
    }
}
