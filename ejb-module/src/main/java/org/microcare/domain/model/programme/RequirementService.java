package org.microcare.domain.model.programme;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;
import org.microcare.infrastructure.tenancy.TenantSchemaProperty;

/** One service a framework requirement revision applies to (a requirement with none applies to every ME). */
@Entity
@Table(name = "framework_requirement_service")
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantSchemaProperty.NAME)
public class RequirementService {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requirement_id", nullable = false)
    private FrameworkRequirement requirement;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    protected RequirementService() {
    }

    RequirementService(FrameworkRequirement requirement, String serviceCode) {
        this.id = UUID.randomUUID().toString();
        this.requirement = requirement;
        this.serviceCode = serviceCode;
    }

    public String getServiceCode() {
        return serviceCode;
    }
}
