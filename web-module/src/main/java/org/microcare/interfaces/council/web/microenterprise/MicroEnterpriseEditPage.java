package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService.Journey;
import org.microcare.application.MicroEnterpriseService.ProfileDraft;
import org.microcare.domain.model.microenterprise.AgeBand;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.model.microenterprise.MicroEnterpriseDetails.PublicProfile;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/edit?id=…}: a broker or admin changes an ME's record and what
 * it publishes in the directory. The form carries the version it was opened at: if someone else saved
 * the record since, nothing is changed and the form shows the current values to change again.
 * Opening the form shows the owner's details, so it is an audited read, like the ME's page.
 */
@Named
@RequestScoped
public class MicroEnterpriseEditPage extends MicroEnterpriseForm {

    /** The yes/no facts about when an ME works beyond its weekly windows. */
    private static final List<String> WHEN = List.of("evenings", "weekends", "lastMinute");

    private String id;
    private String heading;
    private MicroEnterprise stored;
    private String version;

    private String publicPhone;
    private String publicEmail;
    private String website;
    private String publicDescription;
    private String experience;

    @PostConstruct
    void load() {
        id = PageForms.param("id");
        try {
            if (FacesContext.getCurrentInstance().isPostback()) {
                Journey journey = microEnterprises.journey(id);
                heading = journey.tradingName();
                version = PageForms.param("version");
            } else {
                show(microEnterprises.view(id, PageForms.actor(council)));
            }
        } catch (RecordNotFoundException e) {
            id = null;
            PageForms.notFound();
        }
    }

    /** Fills the form with the stored record. */
    private void show(MicroEnterprise me) {
        stored = me;
        heading = me.getTradingName();
        tradingName = me.getTradingName();
        ownerName = me.getOwnerName();
        postcode = me.getPostcode();
        hourlyRate = DisplayFormats.plainMoney(me.getHourlyRate());
        capacityHoursPerWeek = String.valueOf(me.getCapacityHoursPerWeek());
        languages = String.join(", ", me.getLanguages());
        specialisms = String.join(", ", me.getSpecialisms());
        referralSource = me.getReferralSource();
        enquiryDate = me.getEnquiryDate().toString();
        PublicProfile p = me.getProfile();
        publicPhone = p.phone();
        publicEmail = p.email();
        website = p.website();
        publicDescription = p.description();
        experience = p.experience();
        version = String.valueOf(me.getVersion());
    }

    @Override
    protected List<String> initial(String name) {
        if (stored == null) {
            return List.of();
        }
        PublicProfile p = stored.getProfile();
        return switch (name) {
            case "gender" -> stored.getGender() == null ? List.of() : List.of(stored.getGender().name());
            case "localities" -> stored.getLocalities();
            case "services" -> stored.getServices();
            case "can" -> flags(CAN, stored.isPersonalCare(), stored.isMedication(), stored.isPetsOk());
            case "when" -> flags(WHEN, p.evenings(), p.weekends(), p.lastMinute());
            case "ageBand" -> p.ageBand() == null ? List.of() : List.of(p.ageBand().name());
            default -> slot(name);
        };
    }

    private static List<String> flags(List<String> names, boolean... set) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (set[i]) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    /** {@code from-MON} / {@code to-MON}: the stored window of that day (the first, if there are several). */
    private List<String> slot(String name) {
        String[] parts = name.split("-", 2);
        if (parts.length != 2) {
            return List.of();
        }
        return stored.getAvailability().stream().filter(s -> s.getDay().equals(parts[1])).findFirst()
                .map(s -> "from".equals(parts[0]) ? s.getFrom() : s.getTo()).map(List::of).orElse(List.of());
    }

    public List<String> getWhenOptions() {
        return WHEN;
    }

    public List<String> getChosenWhen() {
        return chosen("when");
    }

    public List<Choice> getAgeBandChoices() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", Texts.get("me.ageBand.none")));
        Arrays.stream(AgeBand.values()).forEach(b -> out.add(new Choice(b.name(), Texts.get("me.ageBand." + b.name()))));
        return out;
    }

    public String getChosenAgeBand() {
        List<String> band = chosen("ageBand");
        return band.isEmpty() ? "" : band.get(0);
    }

    public void save() throws IOException {
        if (id == null) {
            PageForms.notFound();
            return;
        }
        List<String> when = posted("when");
        ProfileDraft profile = new ProfileDraft(publicPhone, publicEmail, website, publicDescription, experience, when.contains("evenings"),
                when.contains("weekends"), when.contains("lastMinute"), blankToNull(CouncilPage.request().getParameter("ageBand")));
        try {
            microEnterprises.update(id, draft(profile), PageForms.version(version), PageForms.actor(council));
            PageForms.redirect(council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(id) + "&done=edited");
        } catch (InvalidInputException e) {
            if (e.violations().stream().anyMatch(v -> "version".equals(v.field()))) {
                changedMeanwhile();
            } else {
                invalid(e);
            }
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            changedMeanwhile();
        }
    }

    /** Someone saved the record since this form was opened: show what is stored now, to change again. */
    private void changedMeanwhile() {
        show(microEnterprises.view(id, PageForms.actor(council)));
        showStored = true;
        errors.add("record-form", Texts.get("me.edit.stale"));
    }

    public String getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public String getVersion() {
        return version;
    }

    public String getPublicPhone() {
        return publicPhone;
    }

    public void setPublicPhone(String publicPhone) {
        this.publicPhone = publicPhone;
    }

    public String getPublicEmail() {
        return publicEmail;
    }

    public void setPublicEmail(String publicEmail) {
        this.publicEmail = publicEmail;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPublicDescription() {
        return publicDescription;
    }

    public void setPublicDescription(String publicDescription) {
        this.publicDescription = publicDescription;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }
}
