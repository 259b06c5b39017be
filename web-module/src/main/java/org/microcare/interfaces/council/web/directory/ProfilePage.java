package org.microcare.interfaces.council.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.DirectoryService;
import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.CouncilRoutes;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

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
    ProgrammeLists lists;

    private ListingView listing;

    @PostConstruct
    void load() {
        String id = CouncilRoutes.pathId(CouncilPage.pagePath(FacesContext.getCurrentInstance())).orElse(null);
        if (id == null) {
            PageForms.notFound();
            return;
        }
        DirectoryLabels labels = new DirectoryLabels(lists.names(Kind.SERVICE), lists.names(Kind.LOCALITY), Texts.locale());
        try {
            listing = new ListingView(directory.profile(id), labels);
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
