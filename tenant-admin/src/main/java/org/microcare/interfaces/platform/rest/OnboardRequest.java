package org.microcare.interfaces.platform.rest;

import org.microcare.application.TenantOnboardingService.OnboardCouncil;

/** The body of {@code POST /tenants}. */
public class OnboardRequest {

    /** The council's first admin. */
    public static class Admin {
        public String username;
        public String password;
    }

    public String id;
    public String name;
    public String nation;
    public String programmeName;
    public Admin admin;

    OnboardCouncil toCommand() {
        return new OnboardCouncil(id, name, nation, programmeName,
                admin == null ? null : admin.username, admin == null ? null : admin.password);
    }
}
