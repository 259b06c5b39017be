package org.microcare.infrastructure.config;

import java.util.List;

import org.microcare.domain.model.tenant.Nation;

/** What a new council of one nation starts with: funding routes, service catalogue and framework. */
public record NationTemplate(Nation nation, boolean welshLanguage, List<String> fundingRoutes,
                             List<Service> services, List<Requirement> framework) {

    public record Service(String code, String name) {
    }

    public record Requirement(String code, String name, String guidance, boolean mandatory,
                              Integer validityMonths, List<String> appliesToServices, boolean medicationOnly) {
    }
}
