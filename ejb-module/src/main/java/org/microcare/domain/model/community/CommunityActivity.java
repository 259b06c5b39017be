package org.microcare.domain.model.community;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.domain.shared.ConflictException;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** A local activity or group. Never deleted: retired ones stay on record but are not offered. */
@Entity
@Table(name = "community_activity")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class CommunityActivity {

    public static final String JPQL_ALL = "SELECT a FROM CommunityActivity a ORDER BY a.retired, a.name, a.id";

    public static final String JPQL_PUBLIC = "SELECT a FROM CommunityActivity a WHERE a.retired = FALSE"
            + " AND a.publicListing = TRUE AND (:locality IS NULL OR a.localityCode = :locality) ORDER BY a.name, a.id";

    public static final String JPQL_NAMED = "SELECT a FROM CommunityActivity a WHERE a.name = :name AND a.localityCode = :locality";

    /** What an activity is, already checked. */
    public record Terms(String name, String description, String localityCode, String whenHeld, String cost, String contact,
                        boolean publicListing) {
    }

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(name = "when_held", nullable = false)
    private String whenHeld;

    private String cost;

    private String contact;

    @Column(name = "public_listing", nullable = false)
    private boolean publicListing;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected CommunityActivity() {
    }

    public CommunityActivity(Terms terms) {
        this.id = UUID.randomUUID().toString();
        change(terms);
    }

    public final void change(Terms t) {
        this.name = t.name();
        this.description = t.description();
        this.localityCode = t.localityCode();
        this.whenHeld = t.whenHeld();
        this.cost = t.cost();
        this.contact = t.contact();
        this.publicListing = t.publicListing();
    }

    public void retire() {
        if (retired) {
            throw new ConflictException("This activity is already retired");
        }
        retired = true;
    }

    public void reinstate() {
        if (!retired) {
            throw new ConflictException("This activity is not retired");
        }
        retired = false;
    }

    public String describe() {
        return name + " (" + localityCode + "), " + whenHeld + (publicListing ? ", public" : ", not public") + (retired ? ", retired" : "");
    }

    public Terms terms() {
        return new Terms(name, description, localityCode, whenHeld, cost, contact, publicListing);
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

    public String getLocalityCode() {
        return localityCode;
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

    public boolean isPublicListing() {
        return publicListing;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
