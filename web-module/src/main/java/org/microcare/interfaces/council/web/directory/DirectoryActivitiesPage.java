package org.microcare.interfaces.council.web.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.CommunityActivities;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/directory/activities}: every community activity the council lists publicly (not
 * retired, marked public), grouped by area; {@code ?locality=CODE} narrows it to one area. No sign-in.
 * A locality that is not one of the council's is left out, and the page says so, as the directory does.
 */
@Named
@RequestScoped
public class DirectoryActivitiesPage {

    @Inject
    CommunityActivities activities;

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    private DirectoryLabels labels;
    private String locality;
    private boolean localityIgnored;
    private List<PublicActivity> shown;
    private List<String> areaCodes;

    @PostConstruct
    void load() {
        Map<String, String> localityNames = lists.names(Kind.LOCALITY);
        labels = new DirectoryLabels(Map.of(), localityNames, Texts.locale());
        String asked = PageForms.param("locality");
        if (asked != null && localityNames.containsKey(asked)) {
            locality = asked;
        } else if (asked != null) {
            localityIgnored = true;
        }
        List<CommunityActivity> published = activities.published(locality);
        shown = published.stream().map(a -> new PublicActivity(a, labels)).toList();
        List<CommunityActivity> everywhere = locality == null ? published : activities.published(null);
        areaCodes = everywhere.stream().map(CommunityActivity::getLocalityCode).distinct().toList();
    }

    public List<PublicActivity.AreaActivities> getAreas() {
        return PublicActivity.byArea(shown, Texts.locale());
    }

    public int getTotal() {
        return shown.size();
    }

    /** "3 community activities". */
    public String getCount() {
        return Texts.get("directory.activities.count", shown.size());
    }

    /** Nothing is listed publicly anywhere yet. */
    public boolean isNoneAnywhere() {
        return areaCodes.isEmpty();
    }

    /** The areas that have public activities (and the one asked for), for the filter. */
    public List<Choice> getLocalityChoices() {
        return labels.choices(areaCodes.stream(), labels::locality, locality);
    }

    public String getLocality() {
        return locality;
    }

    public String getLocalityName() {
        return locality == null ? null : labels.locality(locality);
    }

    /** What the page could not use from the address. */
    public List<String> getNotes() {
        List<String> notes = new ArrayList<>();
        if (localityIgnored) {
            notes.add(Texts.get("directory.ignored.filter", Texts.get("directory.filter.locality")));
        }
        return notes;
    }

    /** Back to the directory, searching the same area. */
    public String getDirectoryHref() {
        return council.getBase() + "/directory" + (locality == null ? "" : "?locality=" + PageForms.encode(locality));
    }
}
