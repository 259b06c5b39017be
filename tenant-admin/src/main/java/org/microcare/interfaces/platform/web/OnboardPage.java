package org.microcare.interfaces.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TenantOnboardingService;
import org.microcare.application.TenantOnboardingService.OnboardCouncil;
import org.microcare.domain.model.tenant.Nation;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;

/** {@code /platform/councils/new}: onboard a council and show how it went. */
@Named
@RequestScoped
public class OnboardPage {

    @Inject
    TenantOnboardingService onboarding;

    @Inject
    FormErrors errors;

    @Inject
    ConsolePage console;

    private String id;
    private String name;
    private String nation;
    private String programmeName;
    private String adminUsername;
    private String adminPassword;

    public List<String> getNations() {
        return Arrays.stream(Nation.values()).map(Nation::name).toList();
    }

    public void onboard() throws IOException {
        try {
            Tenant t = onboarding.onboard(new OnboardCouncil(id, name, nation, programmeName, adminUsername, adminPassword),
                    console.getOperator());
            String status = ConsolePage.text("status." + t.getStatus().name())
                    + (t.getFailureReason() == null ? "" : " – " + t.getFailureReason());
            ConsolePage.redirect("/?notice=" + URLEncoder.encode(ConsolePage.text("councils.onboarded", t.getId(), status), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), ConsolePage.textOr("onboard.error." + FormErrors.fieldId(v.field()), v.message())));
            adminPassword = null;
        } catch (ConflictException e) {
            errors.add("id", ConsolePage.text("onboard.error.duplicate", id));
            adminPassword = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNation() {
        return nation;
    }

    public void setNation(String nation) {
        this.nation = nation;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
