package org.microcare.application.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.application.TenantStore;
import org.microcare.application.Today;
import org.microcare.domain.model.reporting.CouncilUsage;
import org.microcare.domain.model.reporting.PlatformUsage;
import org.microcare.domain.model.tenant.Tenant;
import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/**
 * The operator's usage view: every council's counts for a month (which councils are counted and how, on
 * {@link PlatformUsage}). Each council is read by {@link UsageCounter} with its tenant passed explicitly, in a
 * transaction of its own, and the thread is left with no council after; a council whose schema does not answer is
 * listed as unavailable and logged, and the others are still counted. No transaction of its own: each council's is
 * separate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformUsageService {

    private static final Logger LOG = Logger.getLogger(PlatformUsageService.class.getName());

    @Inject
    TenantStore tenants;

    @Inject
    UsageCounter counter;

    @Inject
    Today today;

    /** The usage in {@code monthText} ({@code yyyy-MM}; blank or null: this month); 400 (field {@code month}) for anything else. */
    public PlatformUsage usage(String monthText) {
        LocalDate day = today.date();
        YearMonth month = monthText == null || monthText.isBlank() ? YearMonth.from(day) : ReportService.month(monthText);
        LocalDate listedOn = PlatformUsage.listedOn(month, day);
        List<CouncilUsage> councils = new ArrayList<>();
        for (Tenant t : tenants.findAll()) {
            if (!PlatformUsage.counts(t.getStatus())) {
                councils.add(CouncilUsage.notCounted(t.getId(), t.getName(), t.getStatus()));
                continue;
            }
            try {
                councils.add(CouncilUsage.counted(t.getId(), t.getName(), t.getStatus(),
                        TenantContext.callAs(CurrentTenant.of(t), () -> counter.count(month, listedOn))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Usage of council " + t.getId() + " could not be read", e);
                councils.add(CouncilUsage.unavailable(t.getId(), t.getName(), t.getStatus()));
            }
        }
        return new PlatformUsage(month, listedOn, councils);
    }
}
