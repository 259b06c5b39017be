package org.microcare.interfaces.council.web.community;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.model.community.CommunityActivity;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.StaleVersionException;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/community/edit?id=…}: a broker or admin changes an activity, or retires or
 * reinstates it. The form sends back the version it showed; if someone else saved the activity since,
 * nothing is changed and the form shows what is saved now. An unknown id is a 404.
 */
@Named
@RequestScoped
public class ActivityEditPage extends ActivityForm {

    private CommunityActivity activity;
    private String version;
    /**
     * Whether the page showed the activity retired (its reinstate button) or in use (its retire button),
     * sent back by the status form: the button clicked is the one the page showed, even if someone else
     * retired or reinstated the activity since, so the click is answered with what happened.
     */
    private boolean shownRetired;

    @PostConstruct
    void load() {
        String id = PageForms.param("id");
        try {
            activity = id == null ? null : activities.get(id);
        } catch (RecordNotFoundException e) {
            activity = null;
        }
        if (activity != null) {
            showStored(activity);
            String sent = PageForms.param("version");
            if (sent != null) {
                version = sent;
            }
            String shown = PageForms.param("retired");
            shownRetired = shown == null ? activity.isRetired() : "true".equals(shown);
        }
    }

    private void showStored(CommunityActivity a) {
        show(a);
        version = String.valueOf(a.getVersion());
    }

    /** Before rendering: an unknown id (or one of another council) answers 404. */
    public void check() {
        if (activity == null) {
            PageForms.notFound();
        }
    }

    public CommunityActivity getActivity() {
        return activity;
    }

    public String getVersion() {
        return version;
    }

    public boolean isShownRetired() {
        return shownRetired;
    }

    public void save() throws IOException {
        if (activity == null) {
            PageForms.notFound();
            return;
        }
        readPlainFields();
        if (!answered()) {
            return;
        }
        try {
            CommunityActivity saved = activities.change(activity.getId(), draft(), PageForms.version(version), PageForms.actor(council));
            done("changed", saved);
        } catch (InvalidInputException e) {
            if (e.violations().stream().anyMatch(v -> "version".equals(v.field()))) {
                changedMeanwhile("activity-form", "community.error.stale");
            } else {
                invalid(e);
            }
        } catch (StaleVersionException e) {
            changedMeanwhile("activity-form", "community.error.stale");
        } catch (ConflictException e) {
            duplicate();
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    public void retire() throws IOException {
        status(true);
    }

    public void reinstate() throws IOException {
        status(false);
    }

    private void status(boolean retire) throws IOException {
        if (activity == null) {
            PageForms.notFound();
            return;
        }
        try {
            CommunityActivity a = retire ? activities.retire(activity.getId(), PageForms.actor(council))
                    : activities.reinstate(activity.getId(), PageForms.actor(council));
            done(retire ? "retired" : "reinstated", a);
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            // someone else retired (or reinstated) it since this page was opened
            changedMeanwhile("status-form", retire ? "community.error.alreadyRetired" : "community.error.alreadyReinstated");
        }
    }

    /** Someone else changed the activity since the page was opened: show it as it is now, to change again. */
    private void changedMeanwhile(String form, String message) {
        activity = activities.get(activity.getId());
        showStored(activity);
        shownRetired = activity.isRetired();
        errors.add(form, Texts.get(message));
    }
}
