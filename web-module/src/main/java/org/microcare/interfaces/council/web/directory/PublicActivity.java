package org.microcare.interfaces.council.web.directory;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.microcare.domain.model.community.CommunityActivity;

/**
 * A community activity as the public directory shows it: its public fields only (name, description,
 * area, when, cost, contact), never whether it is retired or public, nor its version.
 */
public final class PublicActivity {

    private final String id;
    private final String name;
    private final String description;
    private final String areaCode;
    private final String area;
    private final String whenHeld;
    private final String cost;
    private final String contact;

    PublicActivity(CommunityActivity a, DirectoryLabels labels) {
        this.id = a.getId();
        this.name = a.getName();
        this.description = a.getDescription();
        this.areaCode = a.getLocalityCode();
        this.area = labels.locality(a.getLocalityCode());
        this.whenHeld = a.getWhenHeld();
        this.cost = a.getCost();
        this.contact = a.getContact();
    }

    /** Activities grouped by area, the areas by name in the page's language. */
    static List<AreaActivities> byArea(List<PublicActivity> activities, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return activities.stream().collect(Collectors.groupingBy(PublicActivity::getAreaCode, LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(AreaActivities::new).sorted(Comparator.comparing(AreaActivities::getArea, collator)).toList();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getArea() {
        return area;
    }

    public String getWhenHeld() {
        return whenHeld;
    }

    public String getCost() {
        return cost;
    }

    public String getContact() {
        return contact;
    }

    /** The activities of one area (a class, not a record: EL 5 reads only getters). */
    public static final class AreaActivities {
        private final List<PublicActivity> activities;

        AreaActivities(List<PublicActivity> activities) {
            this.activities = activities;
        }

        public String getCode() {
            return activities.get(0).getAreaCode();
        }

        public String getArea() {
            return activities.get(0).getArea();
        }

        public List<PublicActivity> getActivities() {
            return activities;
        }
    }
}
