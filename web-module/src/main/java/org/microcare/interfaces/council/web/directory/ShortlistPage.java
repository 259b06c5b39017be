package org.microcare.interfaces.council.web.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.DirectoryService;
import org.microcare.application.DirectoryService.Found;
import org.microcare.application.DirectoryService.Profile;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/directory/shortlist?id=…&id=…}: the profiles a visitor ticked on the directory,
 * one to a printed page, without an account. At most {@value #MAX}; repeated ids count once; an id that
 * is malformed, unknown or no longer visible is left out, and the page says how many were.
 */
@Named
@RequestScoped
public class ShortlistPage {

    public static final int MAX = 20;

    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9-]{1,64}$");

    @Inject
    DirectoryService directory;

    @Inject
    CouncilPage council;

    private final List<ListingView> listings = new ArrayList<>();
    private int missing;
    private int overMax;

    @PostConstruct
    void load() {
        String[] sent = CouncilPage.request().getParameterValues("id");
        Set<String> ids = new LinkedHashSet<>();
        if (sent != null) {
            for (String id : sent) {
                String trimmed = id == null ? "" : id.trim();
                if (trimmed.isEmpty() || ids.contains(trimmed)) {
                    continue;
                }
                if (ids.size() >= MAX) {
                    overMax++;
                } else if (ID.matcher(trimmed).matches()) {
                    ids.add(trimmed);
                } else {
                    missing++;
                }
            }
        }
        Found<List<Profile>> found = directory.profiles(ids);
        council.programmeRead(found.council().programme());
        DirectoryLabels labels = DirectoryLabels.of(found.council());
        found.found().forEach(p -> listings.add(new ListingView(p, labels)));
        missing += ids.size() - found.found().size();
    }

    public List<ListingView> getListings() {
        return listings;
    }

    public boolean isNone() {
        return listings.isEmpty();
    }

    /** What was left out, one sentence each. */
    public List<String> getNotes() {
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(Texts.get("shortlist.missing", missing));
        }
        if (overMax > 0) {
            notes.add(Texts.get("shortlist.overMax", MAX, overMax));
        }
        return notes;
    }

    public String getCount() {
        return Texts.get("shortlist.count", listings.size());
    }
}
