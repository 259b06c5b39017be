package org.microcare.interfaces.platform.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.TenantOnboardingService;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.domain.shared.RecordNotFoundException;

/** {@code /platform/councils/confirm?id=…&action=suspend|resume|provision}: asks, then does it on the button press. */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    TenantOnboardingService onboarding;

    @Inject
    ConsolePage console;

    private Tenant tenant;
    private String action;

    @PostConstruct
    void load() {
        action = ConsolePage.request().getParameter("action");
        if (!"suspend".equals(action) && !"resume".equals(action) && !"provision".equals(action)) {
            action = "suspend";
        }
        try {
            tenant = onboarding.get(ConsolePage.request().getParameter("id"));
        } catch (RecordNotFoundException e) {
            tenant = null;
        }
    }

    /** Before rendering: a missing, malformed or unknown council id answers 404. */
    public void check() {
        if (tenant == null) {
            ConsolePage.notFound();
        }
    }

    public String getId() {
        return tenant == null ? null : tenant.getId();
    }

    public String getAction() {
        return action;
    }

    public String getQuestion() {
        return ConsolePage.text("confirm." + action, tenant == null ? "" : tenant.getName());
    }

    public String getExplanation() {
        return ConsolePage.text("confirm." + action + "Body");
    }

    public String getConfirmLabel() {
        return ConsolePage.text("confirm.yes" + Character.toUpperCase(action.charAt(0)) + action.substring(1));
    }

    public void confirm() throws IOException {
        if (tenant == null) {
            ConsolePage.notFound();
            return;
        }
        String operator = console.getOperator();
        String notice = switch (action) {
            case "resume" -> ConsolePage.text("councils.resumed", onboarding.resume(tenant.getId(), operator).getId());
            case "provision" -> {
                Tenant t = onboarding.retryProvisioning(tenant.getId(), operator);
                yield ConsolePage.text("councils.provisioned", t.getId(), ConsolePage.text("status." + t.getStatus().name()));
            }
            default -> ConsolePage.text("councils.suspended", onboarding.suspend(tenant.getId(), operator).getId());
        };
        ConsolePage.redirect("/?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8));
    }
}
