package org.microcare.interfaces.council.web.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.application.casework.ClientForm;
import org.microcare.application.casework.ClientService;
import org.microcare.domain.model.client.CarerGender;
import org.microcare.domain.model.client.FundingRoute;
import org.microcare.domain.model.microenterprise.AvailabilitySlot.Weekday;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * The fields of a client's record, shared by the add and edit forms. Text fields are bound; radios,
 * checkboxes and the weekly windows are plain inputs read from the request on a post, and from
 * {@link #initial} (the stored record, or nothing for a new one) when the form is first shown.
 * Input ids are the API's field names (dots as dashes), so each error links to its field.
 */
abstract class ClientFormPage {

    /** The yes/no facts about what the client needs and has at home. */
    protected static final List<String> NEEDS = List.of("personalCareNeeded", "medicationNeeded", "hasPets");

    @Inject
    ClientService clients;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    protected String reference;
    protected String name;
    protected String phone;
    protected String email;
    protected String postcode;
    protected String hoursPerWeek;
    protected String language;
    protected String specialisms;
    protected String socialWorkerName;
    protected String socialWorkerContact;
    protected String referredOn;
    protected String referralSource;
    protected String consentGivenOn;

    /** Set when a post must show {@link #initial} values rather than what was posted (after a stale edit). */
    protected boolean showStored;

    /** What a plain input (by name) holds before anything is posted; empty for a new record. */
    protected List<String> initial(String input) {
        return List.of();
    }

    protected List<String> chosen(String input) {
        if (showStored || !FacesContext.getCurrentInstance().isPostback()) {
            return initial(input);
        }
        return posted(input);
    }

    protected static List<String> posted(String input) {
        String[] values = CouncilPage.request().getParameterValues(input);
        return values == null ? List.of() : List.of(values);
    }

    private String one(String input) {
        List<String> values = chosen(input);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Active localities, and the one the record holds if the council has retired it since. */
    public List<Choice> getLocalityChoices() {
        return choices(Kind.LOCALITY, "locality");
    }

    public List<Choice> getServiceChoices() {
        return choices(Kind.SERVICE, "servicesNeeded");
    }

    private List<Choice> choices(Kind kind, String input) {
        List<Choice> out = new ArrayList<>(Choice.of(lists.active(kind)));
        var names = lists.names(kind);
        initial(input).stream().filter(code -> out.stream().noneMatch(c -> c.getValue().equals(code)))
                .forEach(code -> out.add(new Choice(code, names.getOrDefault(code, code))));
        return out;
    }

    public boolean isNoLocalities() {
        return getLocalityChoices().isEmpty();
    }

    public List<Choice> getFundingChoices() {
        return Arrays.stream(FundingRoute.values()).map(f -> new Choice(f.name(), Texts.get("client.funding." + f.name()))).toList();
    }

    /** The "no preference" radio's value, which the client form reads as no preference. */
    static final String NO_GENDER_PREFERENCE = "NONE";

    public List<Choice> getCarerGenderChoices() {
        List<Choice> out = new ArrayList<>();
        // A value of its own: a radio with an empty value is sent as "on", which no gender matches.
        out.add(new Choice(NO_GENDER_PREFERENCE, Texts.get("client.carerGender.none")));
        Arrays.stream(CarerGender.values()).forEach(g -> out.add(new Choice(g.name(), Texts.get("client.carerGender." + g.name()))));
        return out;
    }

    public String getChosenLocality() {
        return one("locality");
    }

    public List<String> getChosenServices() {
        return chosen("servicesNeeded");
    }

    public String getChosenFunding() {
        return one("fundingRoute");
    }

    public String getChosenCarerGender() {
        String g = one("preferences-carerGender");
        return g == null || g.isBlank() ? NO_GENDER_PREFERENCE : g;
    }

    public List<String> getNeedOptions() {
        return NEEDS;
    }

    public List<String> getChosenNeeds() {
        return chosen("needs");
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

    /** The record as typed, for {@link ClientForm#read()}. */
    protected ClientForm form() {
        List<String> needs = posted("needs");
        List<ClientForm.TimeForm> times = new ArrayList<>();
        for (String day : getDays()) {
            String from = blankToNull(CouncilPage.request().getParameter("from-" + day));
            String to = blankToNull(CouncilPage.request().getParameter("to-" + day));
            if (from != null || to != null) {
                times.add(new ClientForm.TimeForm(day, from, to));
            }
        }
        return new ClientForm(reference, name, phone, email, postcode, PageForms.param("locality"), posted("servicesNeeded"),
                PageForms.wholeNumber(hoursPerWeek), PageForms.param("fundingRoute"), needs.contains("personalCareNeeded"),
                needs.contains("medicationNeeded"), new ClientForm.PreferencesForm(PageForms.param("preferences-carerGender"), language,
                        needs.contains("hasPets"), split(specialisms)), times, socialWorkerName, socialWorkerContact, referredOn,
                referralSource, consentGivenOn);
    }

    protected void invalid(InvalidInputException e) {
        e.violations().forEach(v -> errors.add(v.field(), Texts.violation("client.error.", v)));
    }

    protected static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]+")).map(String::trim).filter(s -> !s.isBlank()).toList();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(String hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSpecialisms() {
        return specialisms;
    }

    public void setSpecialisms(String specialisms) {
        this.specialisms = specialisms;
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    public void setSocialWorkerName(String socialWorkerName) {
        this.socialWorkerName = socialWorkerName;
    }

    public String getSocialWorkerContact() {
        return socialWorkerContact;
    }

    public void setSocialWorkerContact(String socialWorkerContact) {
        this.socialWorkerContact = socialWorkerContact;
    }

    public String getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(String referredOn) {
        this.referredOn = referredOn;
    }

    public String getReferralSource() {
        return referralSource;
    }

    public void setReferralSource(String referralSource) {
        this.referralSource = referralSource;
    }

    public String getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(String consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }
}
