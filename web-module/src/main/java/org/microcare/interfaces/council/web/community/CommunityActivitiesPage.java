package org.microcare.interfaces.council.web.community;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.CommunityActivities;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/community}: the council's community activities, every signed-in role reads them.
 * Activities in use are grouped by area (by name); retired ones come last, together, marked retired.
 * {@code ?locality=CODE} shows one area only.
 */
@Named
@RequestScoped
public class CommunityActivitiesPage {

    @Inject
    CommunityActivities activities;

    @Inject
    ProgrammeLists lists;

    private List<CommunityActivity> all;
    private Map<String, String> localityNames;
    private String locality;
    private List<Area> areas;
    private List<CommunityActivity> retired;

    @PostConstruct
    void load() {
        all = activities.all();
        localityNames = lists.names(Kind.LOCALITY);
        String asked = PageForms.param("locality");
        locality = asked != null && all.stream().anyMatch(a -> a.getLocalityCode().equals(asked)) ? asked : null;
        List<CommunityActivity> shown = all.stream().filter(a -> locality == null || a.getLocalityCode().equals(locality)).toList();
        Collator collator = Collator.getInstance(Texts.locale());
        areas = shown.stream().filter(a -> !a.isRetired())
                .collect(Collectors.groupingBy(CommunityActivity::getLocalityCode, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new Area(e.getKey(), areaName(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Area::getName, collator)).toList();
        retired = shown.stream().filter(CommunityActivity::isRetired).toList();
    }

    public String areaName(String code) {
        return localityNames.getOrDefault(code, code);
    }

    /** The activity's area, as the council names it. */
    public String area(CommunityActivity a) {
        return areaName(a.getLocalityCode());
    }

    /** Whether the public directory shows it, in words. */
    public String directoryStatus(CommunityActivity a) {
        if (a.isRetired()) {
            return Texts.get("community.public.retired");
        }
        return Texts.get(a.isPublicListing() ? "community.public.yes" : "community.public.no");
    }

    /** The council has no activity at all yet. */
    public boolean isNone() {
        return all.isEmpty();
    }

    /** The areas with activities, for the filter; offered once there is more than one. */
    public List<Choice> getLocalityChoices() {
        Collator collator = Collator.getInstance(Texts.locale());
        return all.stream().map(CommunityActivity::getLocalityCode).distinct().map(c -> new Choice(c, areaName(c)))
                .sorted(Comparator.comparing(Choice::getLabel, collator)).toList();
    }

    public boolean isFilterOffered() {
        return all.stream().map(CommunityActivity::getLocalityCode).distinct().count() > 1;
    }

    /** The area chosen with the filter, or null for every area. */
    public String getLocality() {
        return locality;
    }

    public List<Area> getAreas() {
        return areas;
    }

    public List<CommunityActivity> getRetired() {
        return retired;
    }

    /** The success message after a change, from the query string the redirect left ({@code ?added=<id>}). */
    public String getNotice() {
        for (String done : List.of("added", "changed", "retired", "reinstated")) {
            String id = PageForms.param(done);
            if (id != null) {
                return all.stream().filter(a -> a.getId().equals(id)).findFirst()
                        .map(a -> Texts.get("community." + done, a.getName())).orElse(null);
            }
        }
        return null;
    }

    /** The activities in use in one area (a class, not a record: EL 5 reads only getters). */
    public static final class Area {
        private final String code;
        private final String name;
        private final List<CommunityActivity> activities;

        Area(String code, String name, List<CommunityActivity> activities) {
            this.code = code;
            this.name = name;
            this.activities = activities;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<CommunityActivity> getActivities() {
            return activities;
        }
    }
}
