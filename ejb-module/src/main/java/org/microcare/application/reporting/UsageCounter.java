package org.microcare.application.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.microcare.domain.model.microenterprise.MicroEnterpriseRepository;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.model.reporting.CouncilCounts;
import org.microcare.domain.model.reporting.ReportQueries;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/**
 * The {@link CouncilCounts} of the council in context, in a transaction of its own bound to that council's schema:
 * aggregate queries only (the council reports' own, {@link ReportQueries}), so only numbers come out. Called by
 * {@link PlatformUsageService} once per council, with the council passed explicitly.
 */
@Stateless
@TenantTransactional
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsageCounter {

    @Inject
    ReportQueries queries;

    @Inject
    MicroEnterpriseRepository microEnterprises;

    /** The council's figures for {@code month}, MEs listed and clients waiting counted on {@code listedOn}. */
    public CouncilCounts count(YearMonth month, LocalDate listedOn) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        BigDecimal hours = queries.hoursByMonth(from, from).getOrDefault(from, BigDecimal.ZERO);
        return new CouncilCounts(queries.atStageOn(Stage.LISTED, listedOn), queries.clientsActive(from, to, null), hours,
                microEnterprises.count(null, null), queries.waitingClients(listedOn));
    }
}
