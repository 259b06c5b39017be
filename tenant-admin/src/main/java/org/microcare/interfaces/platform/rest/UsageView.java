package org.microcare.interfaces.platform.rest;

import java.time.LocalDate;
import java.util.List;

import org.microcare.domain.model.reporting.CouncilCounts;
import org.microcare.domain.model.reporting.CouncilUsage;
import org.microcare.domain.model.reporting.PlatformUsage;
import org.microcare.domain.shared.Fields;

/**
 * The body of {@code GET /usage}: the month, the day MEs are counted as listed, each council (its figures null unless
 * {@code figures} is {@code COUNTED}) and the totals of the counted councils. Hours as {@code "7.50"}.
 */
public record UsageView(String month, LocalDate listedOn, List<Council> councils, Totals totals) {

    /** One council: who it is, its status, whether its figures were read, and the figures. */
    public record Council(String id, String name, String status, String figures, Long listedMicroEnterprises, Long clientsSupported,
                          String hoursDelivered, Long microEnterprises, Long waitingClients) {

        static Council of(CouncilUsage c) {
            CouncilCounts n = c.counts();
            return new Council(c.id(), c.name(), c.status().name(), c.figures().name(),
                    n == null ? null : n.listedMicroEnterprises(), n == null ? null : n.clientsSupported(),
                    n == null ? null : Fields.money(n.hoursDelivered()), n == null ? null : n.microEnterprises(),
                    n == null ? null : n.waitingClients());
        }
    }

    /** The counted councils' figures added up, and how many councils were counted, not counted and unavailable. */
    public record Totals(long councils, long councilsCounted, long councilsNotCounted, long councilsUnavailable, long listedMicroEnterprises,
                         long clientsSupported, String hoursDelivered, long microEnterprises, long waitingClients) {
    }

    static UsageView of(PlatformUsage u) {
        CouncilCounts t = u.totals();
        return new UsageView(u.month().toString(), u.listedOn(), u.councils().stream().map(Council::of).toList(),
                new Totals(u.councils().size(), u.councilsWith(CouncilUsage.Figures.COUNTED), u.councilsWith(CouncilUsage.Figures.NOT_COUNTED),
                        u.councilsWith(CouncilUsage.Figures.UNAVAILABLE), t.listedMicroEnterprises(), t.clientsSupported(),
                        Fields.money(t.hoursDelivered()), t.microEnterprises(), t.waitingClients()));
    }
}
