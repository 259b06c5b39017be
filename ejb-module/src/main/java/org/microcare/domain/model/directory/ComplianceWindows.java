package org.microcare.domain.model.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days on which one ME meets the council's framework, as date ranges: every mandatory requirement
 * in force on the day that applies to the ME (to every ME, to a service it offers, to MEs giving
 * medication) has evidence valid that day (checked by then, not expired, not superseded). Stage is not
 * part of it: visible in the directory is {@code LISTED} and inside one of these ranges.
 *
 * <p>Compliance only changes on a day some requirement comes into or goes out of force, or some
 * evidence is checked or expires, so it is decided once for each span between those days and the
 * spans with the same answer are joined. The ranges are stored ({@link ComplianceWindowStore}) and
 * renewed in the transaction that changes what they depend on, so the directory, the feed and matching
 * ask "is the day inside a range" (one index probe) instead of deciding compliance per ME per request.
 */
public final class ComplianceWindows {

    /** The first day a MySQL {@code DATE} holds: "since always" when nothing was ever required. */
    public static final LocalDate ALWAYS = LocalDate.of(1000, 1, 1);

    /** One revision of a mandatory requirement, in force from {@code from} up to the day before {@code to} (null: open). */
    public record Requirement(String code, LocalDate from, LocalDate to, boolean medicationOnly, Set<String> services) {

        public Requirement {
            services = Set.copyOf(services);
        }

        boolean inForceOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }

        boolean appliesTo(Collection<String> offered, boolean medication) {
            return (!medicationOnly || medication) && (services.isEmpty() || services.stream().anyMatch(offered::contains));
        }
    }

    /** Evidence that has not been superseded: valid from {@code checkedOn} up to the day before {@code expiresOn} (null: never expires). */
    public record Evidence(String code, LocalDate checkedOn, LocalDate expiresOn) {

        boolean validOn(LocalDate day) {
            return !checkedOn.isAfter(day) && (expiresOn == null || expiresOn.isAfter(day));
        }
    }

    /** Compliant from {@code from} up to the day before {@code to} (null: from then on). */
    public record Window(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private ComplianceWindows() {
    }

    /**
     * The ranges of days on which an ME offering {@code services}, giving medication or not, meets the
     * mandatory {@code requirements} with its current (not superseded) {@code evidence}; in order, never
     * touching or overlapping.
     */
    public static List<Window> of(List<Requirement> requirements, List<Evidence> evidence, Collection<String> services, boolean medication) {
        List<Requirement> applying = requirements.stream().filter(r -> r.appliesTo(services, medication)).toList();
        TreeSet<LocalDate> changes = new TreeSet<>();
        changes.add(ALWAYS);
        for (Requirement r : applying) {
            changes.add(r.from());
            if (r.to() != null) {
                changes.add(r.to());
            }
        }
        for (Evidence e : evidence) {
            changes.add(e.checkedOn());
            if (e.expiresOn() != null) {
                changes.add(e.expiresOn());
            }
        }
        List<Window> windows = new ArrayList<>();
        LocalDate openedOn = null;
        for (LocalDate day : changes.tailSet(ALWAYS, true)) {
            boolean compliant = compliantOn(day, applying, evidence);
            if (compliant && openedOn == null) {
                openedOn = day;
            } else if (!compliant && openedOn != null) {
                windows.add(new Window(openedOn, day));
                openedOn = null;
            }
        }
        if (openedOn != null) {
            windows.add(new Window(openedOn, null));
        }
        return List.copyOf(windows);
    }

    private static boolean compliantOn(LocalDate day, List<Requirement> applying, List<Evidence> evidence) {
        return applying.stream().filter(r -> r.inForceOn(day))
                .allMatch(r -> evidence.stream().anyMatch(e -> e.code().equals(r.code()) && e.validOn(day)));
    }
}
