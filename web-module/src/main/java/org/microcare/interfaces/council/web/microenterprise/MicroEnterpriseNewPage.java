package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.MicroEnterpriseService.Draft;
import org.microcare.application.MicroEnterpriseService.SlotDraft;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.model.microenterprise.MicroEnterprise;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/** {@code /c/{tenant}/micro-enterprises/new}: a broker or admin records a new ME at the enquiry stage. */
@Named
@RequestScoped
public class MicroEnterpriseNewPage {

    /** The yes/no facts about what an ME does, ticked as checkboxes. */
    private static final List<String> CAN = List.of("personalCare", "medication", "petsOk");

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private String tradingName;
    private String ownerName;
    private String postcode;
    private String hourlyRate;
    private String capacityHoursPerWeek;
    private String languages;
    private String specialisms;
    private String referralSource;
    private String enquiryDate = LocalDate.now().toString();

    public List<Choice> getGenderChoices() {
        return Arrays.stream(Gender.values()).map(g -> new Choice(g.name(), Texts.get("me.gender." + g.name()))).toList();
    }

    public List<Choice> getLocalityChoices() {
        return active(Kind.LOCALITY);
    }

    public List<Choice> getServiceChoices() {
        return active(Kind.SERVICE);
    }

    private List<Choice> active(Kind kind) {
        return Choice.of(lists.active(kind));
    }

    public boolean isNoLocalities() {
        return getLocalityChoices().isEmpty();
    }

    public List<String> getCanOptions() {
        return CAN;
    }

    public String getChosenGender() {
        return CouncilPage.request().getParameter("gender");
    }

    public List<String> getChosenLocalities() {
        return submitted("localities");
    }

    public List<String> getChosenServices() {
        return submitted("services");
    }

    public List<String> getChosenCan() {
        return submitted("can");
    }

    private static List<String> submitted(String name) {
        String[] values = CouncilPage.request().getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    public List<String> getDays() {
        return Arrays.stream(Weekday.values()).map(Weekday::name).toList();
    }

    public String from(String day) {
        return CouncilPage.request().getParameter("from-" + day);
    }

    public String to(String day) {
        return CouncilPage.request().getParameter("to-" + day);
    }

    public void create() throws IOException {
        List<String> can = getChosenCan();
        Draft draft = new Draft(tradingName, ownerName, blankToNull(CouncilPage.request().getParameter("gender")), postcode,
                getChosenLocalities(), getChosenServices(), hourlyRate, PageForms.wholeNumber(capacityHoursPerWeek), can.contains("personalCare"),
                can.contains("medication"), can.contains("petsOk"), split(languages), split(specialisms), availability(),
                referralSource, enquiryDate);
        try {
            MicroEnterprise me = microEnterprises.create(draft, PageForms.actor(council));
            FacesContext.getCurrentInstance().getExternalContext().redirect(council.getBase() + "/micro-enterprises/view?id=" + me.getId() + "&created=1");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.error.", v)));
        }
    }

    /** A slot for each day with a start or an end typed in; empty days are skipped. */
    private List<SlotDraft> availability() {
        List<SlotDraft> slots = new ArrayList<>();
        for (String day : getDays()) {
            String from = blankToNull(from(day));
            String to = blankToNull(to(day));
            if (from != null || to != null) {
                slots.add(new SlotDraft(day, from, to));
            }
        }
        return slots;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


    /** "en, cy" or "en cy" as a list. */
    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public String getTradingName() {
        return tradingName;
    }

    public void setTradingName(String tradingName) {
        this.tradingName = tradingName;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getCapacityHoursPerWeek() {
        return capacityHoursPerWeek;
    }

    public void setCapacityHoursPerWeek(String capacityHoursPerWeek) {
        this.capacityHoursPerWeek = capacityHoursPerWeek;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getSpecialisms() {
        return specialisms;
    }

    public void setSpecialisms(String specialisms) {
        this.specialisms = specialisms;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(String referralSource) {
        this.referralSource = referralSource;
    }

    public String getEnquiryDate() {
        return enquiryDate;
    }

    public void setEnquiryDate(String enquiryDate) {
        this.enquiryDate = enquiryDate;
    }
}
