package org.microcare.interfaces.council.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.DirectoryService;
import org.microcare.application.DirectoryService.Found;
import org.microcare.application.DirectoryService.Profile;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.CouncilRoutes;
import org.microcare.interfaces.council.web.PageForms;

/**
 * {@code /c/{tenant}/directory/{id}}: one listing's printable profile with what the council checked,
 * and when. The id comes from the path through {@link CouncilRoutes#pathId}; an ME that is unknown, of
 * another council, not listed or not meeting the framework today is a 404, all alike.
 */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    DirectoryService directory;

    @Inject
    CouncilPage council;

    private ListingView listing;

    @PostConstruct
    void load() {
        String id = CouncilRoutes.pathId(CouncilPage.pagePath(FacesContext.getCurrentInstance())).orElse(null);
        if (id == null) {
            PageForms.notFound();
            return;
        }
        try {
            Found<Profile> profile = directory.profile(id);
            council.programmeRead(profile.council().programme());
            listing = new ListingView(profile.found(), DirectoryLabels.of(profile.council()));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public ListingView getListing() {
        return listing;
    }

    public boolean isFound() {
        return listing != null;
    }
}
