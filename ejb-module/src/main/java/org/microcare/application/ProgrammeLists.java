package org.microcare.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.CareService;
import org.microcare.domain.model.programme.CatalogueEntry;
import org.microcare.domain.model.programme.Locality;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.domain.shared.Violations;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The current council's coded lists: the services MEs offer and the localities the programme
 * covers. Entries are added, renamed, retired and reinstated, never deleted; every change is audited.
 */
@Stateless
@TenantTransactional
public class ProgrammeLists {

    /** Which list. */
    public enum Kind {
        SERVICE("Service", "SERVICE"), LOCALITY("Locality", "LOCALITY");

        private final String label;
        private final String auditPrefix;

        Kind(String label, String auditPrefix) {
            this.label = label;
            this.auditPrefix = auditPrefix;
        }

        public String label() {
            return label;
        }
    }

    @Inject
    ProgrammeRepository programmes;

    @Inject
    CouncilAudit audit;

    public List<? extends CatalogueEntry> list(Kind kind) {
        return kind == Kind.SERVICE ? programmes.services() : programmes.localities();
    }

    public CatalogueEntry get(Kind kind, String id) {
        Optional<? extends CatalogueEntry> entry = kind == Kind.SERVICE ? programmes.service(id) : programmes.locality(id);
        return entry.orElseThrow(() -> new RecordNotFoundException("No " + kind.label.toLowerCase() + " " + id + " in this council"));
    }

    public CatalogueEntry add(Kind kind, String codeText, String name, Actor actor) {
        Violations v = new Violations();
        String code = Fields.code(codeText, "code", kind.label + " code", v);
        v.requireText(name, "name", kind.label + " name", 200).throwIfAny();
        programmes.findForChange();
        Optional<? extends CatalogueEntry> existing = kind == Kind.SERVICE ? programmes.serviceByCode(code) : programmes.localityByCode(code);
        if (existing.isPresent()) {
            throw new ConflictException("There is already a " + kind.label.toLowerCase() + " with the code " + code
                    + (existing.get().isRetired() ? " (retired: reinstate it instead)" : ""));
        }
        CatalogueEntry entry;
        if (kind == Kind.SERVICE) {
            CareService s = new CareService(code, name.trim());
            programmes.addService(s);
            entry = s;
        } else {
            Locality l = new Locality(code, name.trim());
            programmes.addLocality(l);
            entry = l;
        }
        audit.record(actor, kind.auditPrefix + "_ADDED", kind.label, entry.getId(), code + ": " + entry.getName());
        return entry;
    }

    public CatalogueEntry rename(Kind kind, String id, String newName, Long seenVersion, Actor actor) {
        return rename(kind, id, null, newName, seenVersion, actor);
    }

    /** A rename through the API, whose body may repeat the entry's code (a different one is refused). */
    public CatalogueEntry rename(Kind kind, String id, String sentCode, String newName, Long seenVersion, Actor actor) {
        Violations v = new Violations().requireText(newName, "name", kind.label + " name", 200);
        v.require(seenVersion != null, "version", "Give the version of the record you changed");
        v.throwIfAny();
        CatalogueEntry entry = get(kind, id);
        entry.keepCode(sentCode);
        Fields.requireVersion(seenVersion, entry.getVersion(), "This " + kind.label.toLowerCase());
        String before = entry.getName();
        entry.rename(newName.trim());
        if (!before.equals(entry.getName())) {
            audit.record(actor, kind.auditPrefix + "_RENAMED", kind.label, id, entry.getCode() + ": " + before + " -> " + entry.getName());
        }
        return entry;
    }

    /** Retiring keeps the code on every record that has it; it is only no longer offered for new ones. */
    public CatalogueEntry retire(Kind kind, String id, Actor actor) {
        CatalogueEntry entry = get(kind, id);
        if (!entry.isRetired()) {
            entry.retire();
            audit.record(actor, kind.auditPrefix + "_RETIRED", kind.label, id, entry.getCode() + ": " + entry.getName());
        }
        return entry;
    }

    public CatalogueEntry reinstate(Kind kind, String id, Actor actor) {
        CatalogueEntry entry = get(kind, id);
        if (entry.isRetired()) {
            entry.reinstate();
            audit.record(actor, kind.auditPrefix + "_REINSTATED", kind.label, id, entry.getCode() + ": " + entry.getName());
        }
        return entry;
    }

    /** Entries offered for new records (not retired). */
    public List<? extends CatalogueEntry> active(Kind kind) {
        return list(kind).stream().filter(e -> !e.isRetired()).toList();
    }

    /** Every code of the list with its name, retired ones included (records keep them). */
    public Map<String, String> names(Kind kind) {
        return list(kind).stream().collect(Collectors.toMap(CatalogueEntry::getCode, CatalogueEntry::getName, (a, b) -> a));
    }

    /** Codes offered for new records (not retired). */
    public Set<String> activeCodes(Kind kind) {
        return active(kind).stream().map(CatalogueEntry::getCode).collect(Collectors.toSet());
    }

    /** Records a violation for every code that is not an active entry of the list. */
    public void requireActive(Kind kind, List<String> codes, String field, Violations v) {
        Set<String> active = activeCodes(kind);
        for (String code : codes) {
            v.require(active.contains(code), field, "Unknown " + kind.label.toLowerCase() + " code '" + code + "'"
                    + (active.isEmpty() ? ": this council has none yet" : ": use one of " + active.stream().sorted().toList()));
        }
    }
}
