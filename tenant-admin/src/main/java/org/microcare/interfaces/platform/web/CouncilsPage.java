package org.microcare.interfaces.platform.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TenantOnboardingService;
import org.microcare.domain.model.tenant.Tenant;

/** {@code /platform/}: every council with its status and schema version. */
@Named
@RequestScoped
public class CouncilsPage {

    @Inject
    TenantOnboardingService onboarding;

    private List<Tenant> councils;

    public List<Tenant> getCouncils() {
        if (councils == null) {
            councils = onboarding.list();
        }
        return councils;
    }

    public String getNotice() {
        return ConsolePage.request().getParameter("notice");
    }

    public String tagClass(Tenant t) {
        return tagClass(t.getStatus());
    }

    /** The GOV.UK tag colour of a council's status. */
    static String tagClass(org.microcare.domain.model.tenant.TenantStatus status) {
        return switch (status) {
            case ACTIVE -> "govuk-tag--green";
            case SUSPENDED -> "govuk-tag--yellow";
            case FAILED -> "govuk-tag--red";
            case PROVISIONING -> "govuk-tag--blue";
        };
    }
}
