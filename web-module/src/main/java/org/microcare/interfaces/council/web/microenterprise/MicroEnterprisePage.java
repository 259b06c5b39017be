package org.microcare.interfaces.council.web.microenterprise;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.GrantService;
import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.AvailabilitySlot;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.programme.GrantApplication;
import org.microcare.domain.model.programme.GrantScheme;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/micro-enterprises/view?id=…}: one ME's record and grant applications. Opening it is audited. */
@Named
@RequestScoped
public class MicroEnterprisePage {

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    GrantService grants;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    private MicroEnterprise me;
    private List<GrantApplication> applications = List.of();
    private Map<String, String> schemeNames = Map.of();
    private Map<String, String> localityNames = Map.of();
    private Map<String, String> serviceNames = Map.of();

    @PostConstruct
    void load() {
        String id = CouncilPage.request().getParameter("id");
        if (FacesContext.getCurrentInstance().isPostback()) {
            return; // the page's only form is the shell's sign-out: nothing to show, so no read to audit
        }
        try {
            me = microEnterprises.view(id, PageForms.actor(council));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        applications = grants.applicationsOf(me.getId());
        schemeNames = grants.schemes().stream().collect(Collectors.toMap(GrantScheme::getId, GrantScheme::getName));
        localityNames = lists.names(Kind.LOCALITY);
        serviceNames = lists.names(Kind.SERVICE);
    }

    public MicroEnterprise getMe() {
        return me;
    }

    /** Each code with its name: "Troon (TROON)". */
    public List<String> getLocalities() {
        return me == null ? List.of() : me.getLocalities().stream().map(c -> withName(c, localityNames)).toList();
    }

    public List<String> getServices() {
        return me == null ? List.of() : me.getServices().stream().map(c -> withName(c, serviceNames)).toList();
    }

    private static String withName(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    public String getGender() {
        return me == null || me.getGender() == null ? Texts.get("me.notGiven") : Texts.get("me.gender." + me.getGender().name());
    }

    public String yesNo(boolean value) {
        return Texts.get(value ? "me.yes" : "me.no");
    }

    public String joined(List<String> values) {
        return values == null || values.isEmpty() ? Texts.get("me.noneGiven") : String.join(", ", values);
    }

    public List<AvailabilitySlot> getAvailability() {
        return me == null ? List.of() : me.getAvailability();
    }

    public List<GrantApplication> getApplications() {
        return applications;
    }

    public boolean isNoApplications() {
        return applications.isEmpty();
    }

    public String schemeName(String schemeId) {
        return schemeNames.getOrDefault(schemeId, schemeId);
    }

    public String getNotice() {
        return CouncilPage.request().getParameter("created") != null && me != null ? Texts.get("me.created", me.getTradingName()) : null;
    }
}
