package org.microcare.interfaces.council.web.directory;

import java.util.List;

import org.microcare.application.DirectoryService;
import org.microcare.domain.model.directory.Check;
import org.microcare.domain.model.directory.Listing;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.Texts;

/**
 * One listing as the directory pages show it: codes named in the page's language, money and dates
 * formatted. Built only from {@link Listing} and {@link Check}, the directory's public read side, so it
 * cannot show anything private. A class with getters, as EL 5 cannot read records.
 */
public final class ListingView {

    /** One requirement the council checked, and when. */
    public static final class CheckView {
        private final String name;
        private final String checkedOn;

        CheckView(Check c) {
            this.name = c.requirementName();
            this.checkedOn = DisplayFormats.dateText(c.checkedOn());
        }

        public String getName() {
            return name;
        }

        public String getCheckedOn() {
            return checkedOn;
        }
    }

    private final Listing listing;
    private final List<String> services;
    private final List<String> localities;
    private final List<String> languages;
    private final List<String> specialisms;
    private final List<String> availability;
    private final List<CheckView> checks;

    ListingView(DirectoryService.Profile profile, DirectoryLabels labels) {
        this(profile.listing(), profile.checks(), labels);
    }

    ListingView(Listing listing, List<Check> checks, DirectoryLabels labels) {
        this.listing = listing;
        this.services = listing.services().stream().map(labels::service).sorted().toList();
        this.localities = listing.localities().stream().map(labels::locality).sorted().toList();
        this.languages = listing.languages().stream().map(labels::language).toList();
        this.specialisms = listing.specialisms().stream().map(labels::specialism).toList();
        this.availability = listing.availability().stream()
                .map(s -> Texts.get("directory.window", labels.day(s.getDay()), s.getFrom(), s.getTo())).toList();
        this.checks = checks.stream().map(CheckView::new).toList();
    }

    public String getId() {
        return listing.id();
    }

    public String getTradingName() {
        return listing.tradingName();
    }

    public String getDescription() {
        return listing.description();
    }

    public String getExperience() {
        return listing.experience();
    }

    /** "£20.00 an hour"; empty when no rate is published. */
    public String getRate() {
        return listing.hourlyRate() == null ? "" : Texts.get("directory.perHour", DisplayFormats.moneyText(listing.hourlyRate()));
    }

    public List<String> getServices() {
        return services;
    }

    public List<String> getLocalities() {
        return localities;
    }

    /** The areas as one line: "Ayr, Troon". */
    public String getAreas() {
        return String.join(", ", localities);
    }

    public List<String> getLanguages() {
        return languages;
    }

    /** The languages as one line: "English, Welsh". */
    public String getLanguagesText() {
        return String.join(", ", languages);
    }

    public List<String> getSpecialisms() {
        return specialisms;
    }

    /** "Monday 09:00 to 15:00", one a window, Monday first. */
    public List<String> getAvailability() {
        return availability;
    }

    /** Whether anything is known of when they work (windows, evenings, weekends or short notice). */
    public boolean isAnyTimes() {
        return !availability.isEmpty() || listing.evenings() || listing.weekends() || listing.lastMinute();
    }

    public boolean isEvenings() {
        return listing.evenings();
    }

    public boolean isWeekends() {
        return listing.weekends();
    }

    public boolean isLastMinute() {
        return listing.lastMinute();
    }

    public boolean isPersonalCare() {
        return listing.personalCare();
    }

    public boolean isMedication() {
        return listing.medication();
    }

    public boolean isPetsOk() {
        return listing.petsOk();
    }

    public boolean isSpareCapacity() {
        return listing.spareCapacity();
    }

    public String getPhone() {
        return listing.phone();
    }

    /** The phone number for a {@code tel:} link: digits and a leading +. */
    public String getPhoneLink() {
        return listing.phone() == null ? null : "tel:" + listing.phone().replaceAll("[^0-9+]", "");
    }

    public String getEmail() {
        return listing.email();
    }

    /** The website, only if it is an http or https address (the service checks this too; a link is never anything else). */
    public String getWebsite() {
        String w = listing.website();
        return w != null && (w.startsWith("https://") || w.startsWith("http://")) ? w : null;
    }

    public boolean isContactable() {
        return getPhone() != null || getEmail() != null || getWebsite() != null;
    }

    public String getLastConfirmedOn() {
        return DisplayFormats.dateText(listing.lastConfirmedOn());
    }

    public List<CheckView> getChecks() {
        return checks;
    }
}
