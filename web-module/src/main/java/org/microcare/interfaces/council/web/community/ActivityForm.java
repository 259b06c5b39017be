package org.microcare.interfaces.council.web.community;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.microcare.application.CommunityActivities;
import org.microcare.application.CommunityActivities.Draft;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violation;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * The fields of a community activity, shared by the new and edit pages. The area (a select) and the
 * public-directory question (radios) are plain inputs read from the request, so a value the page did
 * not offer reaches the service and gets its message instead of failing silently in Faces.
 */
abstract class ActivityForm {

    /** The longest text each field takes (the service's rules), to tell "too long" from other problems. */
    private static final Map<String, Integer> MAX = Map.of("name", 200, "description", 2000, "whenHeld", 200, "cost", 100, "contact", 200);

    static final String YES = "yes";
    static final String NO = "no";

    @Inject
    CommunityActivities activities;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    protected String name;
    protected String description;
    protected String locality;
    protected String whenHeld;
    protected String cost;
    protected String contact;
    /** {@link #YES}, {@link #NO}, or null while unanswered. */
    protected String publicListing;

    /** Takes the area and the public-directory answer from the posted form. */
    protected void readPlainFields() {
        locality = PageForms.param("locality");
        String answer = PageForms.param("publicListing");
        publicListing = YES.equals(answer) || NO.equals(answer) ? answer : null;
    }

    protected void show(CommunityActivity a) {
        name = a.getName();
        description = a.getDescription();
        locality = a.getLocalityCode();
        whenHeld = a.getWhenHeld();
        cost = a.getCost();
        contact = a.getContact();
        publicListing = a.isPublicListing() ? YES : NO;
    }

    protected Draft draft() {
        return new Draft(name, description, locality, whenHeld, cost, contact, publicListing == null ? null : YES.equals(publicListing));
    }

    /**
     * Whether the public-directory question was answered; if not, the form says so together with
     * everything else wrong with it, and nothing is sent.
     */
    protected boolean answered() {
        if (publicListing != null) {
            return true;
        }
        try {
            activities.check(draft());
        } catch (InvalidInputException e) {
            invalid(e);
        }
        errors.add("publicListing", Texts.get("community.error.publicListing"));
        return false;
    }

    protected void invalid(InvalidInputException e) {
        e.violations().forEach(v -> errors.add(v.field(), Texts.violation("community.error.", v, problem(v))));
    }

    /** {@code missing}, {@code tooLong} or {@code invalid} (control characters), for the bundle's most precise message. */
    private String problem(Violation v) {
        Integer max = MAX.get(v.field());
        if (max == null) {
            return null;
        }
        String raw = switch (v.field()) {
            case "name" -> name;
            case "description" -> description;
            case "whenHeld" -> whenHeld;
            case "cost" -> cost;
            default -> contact;
        };
        if (raw == null || raw.isBlank()) {
            return "missing";
        }
        boolean required = "name".equals(v.field()) || "whenHeld".equals(v.field());
        return (required ? raw.length() : raw.trim().length()) > max ? "tooLong" : "invalid";
    }

    /** Another activity of the council has this name in this area. */
    protected void duplicate() {
        String area = locality == null ? "" : lists.names(Kind.LOCALITY).getOrDefault(Fields.normaliseCode(locality), locality);
        errors.add("name", Texts.get("community.error.duplicate", name == null ? "" : name.trim(), area));
    }

    /** Back to the list, which says what was done: {@code ?added=<id>} and so on. */
    protected void done(String what, CommunityActivity a) throws IOException {
        PageForms.redirect(council.getBase() + "/community?" + what + "=" + PageForms.encode(a.getId()));
    }

    /**
     * The areas an activity may be in: the active localities, by name; and the activity's own area if it
     * has since been retired, marked so, for the service to refuse with its message.
     */
    public List<Choice> getLocalityChoices() {
        List<Choice> choices = new ArrayList<>(Choice.of(lists.active(Kind.LOCALITY)));
        if (locality != null && choices.stream().noneMatch(c -> c.getValue().equals(locality))) {
            String retired = lists.names(Kind.LOCALITY).get(locality);
            if (retired != null) {
                choices.add(new Choice(locality, Texts.get("community.retiredLocality", retired)));
            }
        }
        Collator collator = Collator.getInstance(Texts.locale());
        choices.sort(Comparator.comparing(Choice::getLabel, collator));
        return choices;
    }

    public List<Choice> getPublicChoices() {
        return List.of(new Choice(YES, Texts.get("community.yes")), new Choice(NO, Texts.get("community.no")));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLocality() {
        return locality;
    }

    public String getWhenHeld() {
        return whenHeld;
    }

    public void setWhenHeld(String whenHeld) {
        this.whenHeld = whenHeld;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPublicListing() {
        return publicListing;
    }
}
