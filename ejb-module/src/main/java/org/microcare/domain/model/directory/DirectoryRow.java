package org.microcare.domain.model.directory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every directory row holds: the ME, a range of days on which it is in the directory (one of its
 * {@link ComplianceWindow}s while it is {@code LISTED}; an ME's ranges never overlap, so one starts on a
 * given day at most) and its trading name, the order the directory shows. Derived, never edited (V18), and
 * read only by queries (JPQL), so it has no getters.
 */
@MappedSuperclass
public abstract class DirectoryRow {

    @Id
    @Column(name = "micro_enterprise_id")
    private String microEnterpriseId;

    @Id
    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "trading_name")
    private String tradingName;

    protected DirectoryRow() {
    }
}
