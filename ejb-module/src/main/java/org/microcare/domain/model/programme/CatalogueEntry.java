package org.microcare.domain.model.programme;

import org.microcare.domain.shared.Fields;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A coded entry of one of the programme's lists (services, localities). Entries are renamed or
 * retired, never deleted: records that use a code keep it.
 */
@MappedSuperclass
public abstract class CatalogueEntry {

    @Id
    private String id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected CatalogueEntry() {
    }

    protected CatalogueEntry(String code, String name) {
        this.id = UUID.randomUUID().toString();
        this.code = code;
        this.name = name;
    }

    /** The code is what records refer to: it never changes, and a change that sends another is refused. */
    public void keepCode(String sentCode) {
        Fields.unchanged(sentCode, code, "code", "The code");
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Retired entries stay on the records that use them but are not offered for new ones. */
    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    public String getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
