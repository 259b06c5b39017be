package org.microcare.domain.model.programme;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** Something an ME must show evidence of (PVG, insurance, training…) to be listed. */
@Entity
@Table(name = "framework_requirement")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
@NamedQuery(name = "FrameworkRequirement.findAll", query = "SELECT r FROM FrameworkRequirement r ORDER BY r.code")
public class FrameworkRequirement {

    @Id
    private String id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String guidance;

    @Column(nullable = false)
    private boolean mandatory;

    /** Null: the evidence does not expire. */
    @Column(name = "validity_months")
    private Integer validityMonths;

    /** Comma-separated service codes; empty means every ME. */
    @Column(name = "applies_to_services", nullable = false)
    private String appliesToServices;

    @Version
    private long version;

    protected FrameworkRequirement() {
    }

    public FrameworkRequirement(String code, String name, String guidance, boolean mandatory,
                                Integer validityMonths, List<String> appliesToServices) {
        this.id = UUID.randomUUID().toString();
        this.code = code;
        this.name = name;
        this.guidance = guidance;
        this.mandatory = mandatory;
        this.validityMonths = validityMonths;
        this.appliesToServices = String.join(",", appliesToServices);
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

    public String getGuidance() {
        return guidance;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public List<String> getAppliesToServices() {
        return appliesToServices.isEmpty() ? List.of() : Arrays.asList(appliesToServices.split(","));
    }
}
