package org.microcare.interfaces.council.web.microenterprise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.microcare.application.MicroEnterpriseService;
import org.microcare.application.MicroEnterpriseService.Draft;
import org.microcare.application.MicroEnterpriseService.ProfileDraft;
import org.microcare.application.MicroEnterpriseService.SlotDraft;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.model.microenterprise.Gender;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * The fields of an ME's record, shared by the enquiry form and the edit form. Text fields are bound;
 * radios, checkboxes and the weekly windows are plain inputs read from the request on a post, and
 * from {@link #initial} (the stored record, or nothing for a new one) when the form is first shown.
 */
abstract class MicroEnterpriseForm {

    /** The yes/no facts about what an ME does, ticked as checkboxes. */
    protected static final List<String> CAN = List.of("personalCare", "medication", "petsOk");

    @Inject
    MicroEnterpriseService microEnterprises;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    protected String tradingName;
    protected String ownerName;
    protected String postcode;
    protected String hourlyRate;
    protected String capacityHoursPerWeek;
    protected String languages;
    protected String specialisms;
    protected String referralSource;
    protected String enquiryDate;

    /** Set when a post must show {@link #initial} values rather than what was posted (after a stale edit). */
    protected boolean showStored;

    /** What a plain input (by name) holds before anything is posted; empty for a new record. */
    protected List<String> initial(String name) {
        return List.of();
    }

    /** The values of a plain input (checkboxes, radios, the weekly windows) to show, or as posted. */
    protected List<String> chosen(String name) {
        if (showStored || !FacesContext.getCurrentInstance().isPostback()) {
            return initial(name);
        }
        String[] values = CouncilPage.request().getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /** As posted, whatever is shown. */
    protected static List<String> posted(String name) {
        String[] values = CouncilPage.request().getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    protected String one(String name) {
        List<String> values = chosen(name);
        return values.isEmpty() ? null : values.get(0);
    }

    public List<Choice> getGenderChoices() {
        return Arrays.stream(Gender.values()).map(g -> new Choice(g.name(), Texts.get("me.gender." + g.name()))).toList();
    }

    /** Active localities, and any retired one the record still has (so an edit does not silently drop it). */
    public List<Choice> getLocalityChoices() {
        return choices(Kind.LOCALITY, "localities");
    }

    public List<Choice> getServiceChoices() {
        return choices(Kind.SERVICE, "services");
    }

    private List<Choice> choices(Kind kind, String name) {
        List<Choice> out = new ArrayList<>(Choice.of(lists.active(kind)));
        var names = lists.names(kind);
        initial(name).stream().filter(code -> out.stream().noneMatch(c -> c.getValue().equals(code)))
                .forEach(code -> out.add(new Choice(code, names.getOrDefault(code, code))));
        return out;
    }

    public boolean isNoLocalities() {
        return getLocalityChoices().isEmpty();
    }

    public List<String> getCanOptions() {
        return CAN;
    }

    public String getChosenGender() {
        return one("gender");
    }

    public List<String> getChosenLocalities() {
        return chosen("localities");
    }

    public List<String> getChosenServices() {
        return chosen("services");
    }

    public List<String> getChosenCan() {
        return chosen("can");
    }

    public List<String> getDays() {
        return Arrays.stream(Weekday.values()).map(Weekday::name).toList();
    }

    public String from(String day) {
        return one("from-" + day);
    }

    public String to(String day) {
        return one("to-" + day);
    }

    /** The record as typed, with the public profile when the form has one. */
    protected Draft draft(ProfileDraft profile) {
        List<String> can = posted("can");
        List<String> gender = posted("gender");
        return new Draft(tradingName, ownerName, gender.isEmpty() ? null : blankToNull(gender.get(0)), postcode, posted("localities"),
                posted("services"), hourlyRate, PageForms.wholeNumber(capacityHoursPerWeek), can.contains("personalCare"),
                can.contains("medication"), can.contains("petsOk"), split(languages), split(specialisms), availability(), referralSource,
                enquiryDate, profile);
    }

    protected void invalid(InvalidInputException e) {
        e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.error.", v)));
    }

    /** A slot for each day with a start or an end typed in; empty days are skipped. */
    private List<SlotDraft> availability() {
        List<SlotDraft> slots = new ArrayList<>();
        for (String day : getDays()) {
            String from = blankToNull(CouncilPage.request().getParameter("from-" + day));
            String to = blankToNull(CouncilPage.request().getParameter("to-" + day));
            if (from != null || to != null) {
                slots.add(new SlotDraft(day, from, to));
            }
        }
        return slots;
    }

    protected static String blankToNull(String text) {
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
