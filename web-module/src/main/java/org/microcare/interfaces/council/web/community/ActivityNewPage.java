package org.microcare.interfaces.council.web.community;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.council.web.PageForms;

/** {@code /c/{tenant}/community/new}: a broker or admin adds a community activity. */
@Named
@RequestScoped
public class ActivityNewPage extends ActivityForm {

    /** No active locality: nothing can be added until an admin adds one. */
    public boolean isNoLocalities() {
        return lists.active(Kind.LOCALITY).isEmpty();
    }

    public void add() throws IOException {
        readPlainFields();
        if (!answered()) {
            return;
        }
        try {
            CommunityActivity a = activities.add(draft(), PageForms.actor(council));
            done("added", a);
        } catch (InvalidInputException e) {
            invalid(e);
        } catch (ConflictException e) {
            duplicate();
        }
    }
}
