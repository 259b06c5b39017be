package org.microcare.interfaces.council.web.programme;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.microcare.application.ProgrammeLists;
import org.microcare.application.ProgrammeLists.Kind;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.shared.web.FormErrors;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.Texts;

/**
 * What the services and localities pages share: the list with its status, and for admins the add
 * form, a rename form opened from a row ({@code ?rename=<id>}), and retire and reinstate buttons.
 * The page text comes from bundle keys that start with {@link #getTexts()}.
 */
public abstract class ProgrammeListPage {

    @Inject
    ProgrammeLists lists;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private List<? extends CatalogueEntry> entries;
    private CatalogueEntry renaming;
    private boolean renamingMissing;
    private String code;
    private String name;
    private String newName;
    private String version;

    /** Which list this page shows. */
    protected abstract Kind kind();

    /** The bundle prefix of this page's own text, and its path: {@code services} or {@code localities}. */
    public abstract String getTexts();

    @PostConstruct
    void load() {
        entries = lists.list(kind());
        String id = PageForms.param("rename");
        if (id != null) {
            Optional<? extends CatalogueEntry> found = entries.stream().filter(e -> e.getId().equals(id)).findFirst();
            renaming = found.orElse(null);
            renamingMissing = found.isEmpty();
            if (renaming != null) {
                newName = renaming.getName();
                String sent = PageForms.param("version");
                version = sent != null ? sent : String.valueOf(renaming.getVersion());
            }
        }
    }

    /** Before rendering: a rename link to an entry that is not in this council's list answers 404. */
    public void check() throws IOException {
        if (renamingMissing) {
            PageForms.notFound();
        }
    }

    public List<? extends CatalogueEntry> getEntries() {
        return entries;
    }

    public boolean isNone() {
        return entries.isEmpty();
    }

    /** The entry whose rename form is open, or null. */
    public CatalogueEntry getRenaming() {
        return renaming;
    }

    /** The success message after a change, from the query string the redirect left. */
    public String getNotice() {
        for (String done : List.of("added", "renamed", "retired", "reinstated")) {
            String code = PageForms.param(done);
            if (code != null) {
                return Texts.get(getTexts() + "." + done, code);
            }
        }
        return null;
    }

    public void add() throws IOException {
        if (!PageForms.admin(council)) {
            return;
        }
        try {
            CatalogueEntry entry = lists.add(kind(), code, name, PageForms.actor(council));
            done("added", entry);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation(getTexts() + ".error.", v)));
        } catch (ConflictException e) {
            String normalised = Fields.normaliseCode(code);
            boolean retired = entries.stream().anyMatch(x -> x.getCode().equals(normalised) && x.isRetired());
            errors.add("code", Texts.get(getTexts() + (retired ? ".error.duplicateRetired" : ".error.duplicate"), normalised));
        }
    }

    public void rename() throws IOException {
        if (!PageForms.admin(council)) {
            return;
        }
        if (renaming == null) {
            PageForms.notFound();
            return;
        }
        try {
            CatalogueEntry entry = lists.rename(kind(), renaming.getId(), newName, PageForms.version(version),
                    PageForms.actor(council));
            done("renamed", entry);
        } catch (InvalidInputException e) {
            if (e.violations().stream().anyMatch(v -> "name".equals(v.field()))) {
                errors.add("newName", Texts.get(getTexts() + ".error.newName"));
            } else {
                changedMeanwhile();
            }
        } catch (ConflictException e) {
            changedMeanwhile();
        }
    }

    /** Someone changed the entry since the form was opened: show its current name, to rename again. */
    private void changedMeanwhile() {
        renaming = lists.get(kind(), renaming.getId());
        newName = renaming.getName();
        version = String.valueOf(renaming.getVersion());
        errors.add("newName", Texts.get(getTexts() + ".error.stale", renaming.getCode()));
    }

    public void retire(String id) throws IOException {
        change(id, true);
    }

    public void reinstate(String id) throws IOException {
        change(id, false);
    }

    private void change(String id, boolean retire) throws IOException {
        if (!PageForms.admin(council)) {
            return;
        }
        try {
            CatalogueEntry entry = retire ? lists.retire(kind(), id, PageForms.actor(council))
                    : lists.reinstate(kind(), id, PageForms.actor(council));
            done(retire ? "retired" : "reinstated", entry);
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        }
    }

    private void done(String what, CatalogueEntry entry) throws IOException {
        PageForms.redirect(council.getBase() + "/" + getTexts() + "?" + what + "=" + PageForms.encode(entry.getCode()));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getVersion() {
        return version;
    }
}
