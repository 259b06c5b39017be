package org.microcare.interfaces.platform.rest;

import org.microcare.application.TenantOnboardingService.OnboardCouncil;
import org.microcare.interfaces.shared.rest.body.Text;

/** The body of {@code POST /tenants}, read strictly (see {@code interfaces.shared.rest.body}). */
public record OnboardRequest(@Text(max = 40) String id, String name, @Text(max = 30) String nation, @Text(max = 100) String programmeName,
                             Admin admin) {

    /** The council's first admin. */
    public record Admin(@Text(max = 100) String username, @Text(max = 200) String password) {
    }

    OnboardCouncil toCommand() {
        return new OnboardCouncil(id, name, nation, programmeName,
                admin == null ? null : admin.username(), admin == null ? null : admin.password());
    }
}
