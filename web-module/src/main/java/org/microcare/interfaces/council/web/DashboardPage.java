package org.microcare.interfaces.council.web;

import org.microcare.application.RiskFlagService;
import org.microcare.domain.model.risk.RiskFlag;
import org.microcare.domain.model.risk.RiskFlags.FlaggedPage;
import org.microcare.domain.model.risk.RiskFlags.Rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.BrokerDashboardService;
import org.microcare.application.BrokerDashboardService.Dashboard;
import org.microcare.application.casework.ConcernService;
import org.microcare.application.casework.ConcernService.OpenCases;
import org.microcare.domain.model.microenterprise.Stage;

/**
 * {@code /c/{tenant}/dashboard}: what brokers act on today: new enquiries, who is waiting at each
 * stage and for how long, evidence about to expire, listings that left the directory this week or
 * are hidden from it, and listings due to be re-confirmed. Every role reads it; brokers and admins also
 * see open concerns (safeguarding ones first) and open reassessment requests.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    BrokerDashboardService dashboards;

    @Inject
    CouncilPage council;

    @Inject
    ConcernService concerns;

    @Inject
    RiskFlagService risks;

    private Dashboard dashboard;
    private OpenCases openCases;
    private FlaggedPage riskFlags;
    private Rules riskRules;

    @PostConstruct
    void load() {
        dashboard = dashboards.dashboard();
        if (council.isBroker()) {
            openCases = concerns.open(BrokerDashboardService.ROWS); // about clients: brokers and admins only
            riskRules = risks.rules(dashboard.today());
            riskFlags = risks.flagged(riskRules.day(), BrokerDashboardService.ROWS);
        }
    }

    /** Open concerns (safeguarding first) and reassessment requests; null for viewers, who see no casework. */
    public OpenCases getOpenCases() {
        return openCases;
    }

    /** MEs with a risk flag today (rules on {@link org.microcare.domain.model.risk.RiskFlag}); null for viewers. */
    public FlaggedPage getRiskFlags() {
        return riskFlags;
    }

    /** The day and the council's threshold and window the flags used; null for viewers. */
    public Rules getRiskRules() {
        return riskRules;
    }

    /** Every flag, in order, for the list of what each means. */
    public List<RiskFlag> getRiskFlagKinds() {
        return List.of(RiskFlag.values());
    }

    public String concernUrl(String id) {
        return council.getBase() + "/concerns/view?id=" + PageForms.encode(id);
    }

    public String clientUrl(String id) {
        return council.getBase() + "/clients/view?id=" + PageForms.encode(id);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** One stage's row of the table of stages (a class: EL 5 reads getters). */
    public static final class StageRow {
        private final Stage stage;
        private final long count;
        private final LocalDate longestSince;

        StageRow(Stage stage, long count, LocalDate longestSince) {
            this.stage = stage;
            this.count = count;
            this.longestSince = longestSince;
        }

        public Stage getStage() {
            return stage;
        }

        public long getCount() {
            return count;
        }

        public LocalDate getLongestSince() {
            return longestSince;
        }
    }

    /** Every stage, with none where no ME is. */
    public List<StageRow> getStageRows() {
        return Arrays.stream(Stage.values()).map(s -> dashboard.stages().stream().filter(c -> c.stage() == s).findFirst()
                .map(c -> new StageRow(s, c.count(), c.longestSince())).orElse(new StageRow(s, 0, null))).toList();
    }

    public long count(String stage) {
        return dashboard.count(Stage.valueOf(stage));
    }

    /** Whole days from a day to today: how long an ME has waited, or since a listing was confirmed. */
    public long daysSince(LocalDate day) {
        return day == null ? 0 : ChronoUnit.DAYS.between(day, dashboard.today());
    }

    /** Whole days from today to a day: how long evidence has left. */
    public long daysUntil(LocalDate day) {
        return ChronoUnit.DAYS.between(dashboard.today(), day);
    }

    public String stage(Stage stage) {
        return Texts.get("me.stage." + stage.name());
    }

    public String days(long days) {
        return Texts.get("dashboard.days", days);
    }

    public String meUrl(String id) {
        return council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(id);
    }
}
