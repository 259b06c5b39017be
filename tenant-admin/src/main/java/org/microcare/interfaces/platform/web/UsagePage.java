package org.microcare.interfaces.platform.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.Today;
import org.microcare.application.reporting.PlatformUsageService;
import org.microcare.domain.model.reporting.CouncilCounts;
import org.microcare.domain.model.reporting.CouncilUsage;
import org.microcare.domain.model.reporting.PlatformUsage;
import org.microcare.domain.model.tenant.TenantStatus;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /platform/usage?month=yyyy-MM} (this month when none is given): every council's counts for capacity planning,
 * with their totals, as {@code GET /platform/api/v1/usage} gives them (definitions on {@link PlatformUsage}); a month that
 * is not one is shown as an error on the month chooser, with no table.
 */
@Named
@RequestScoped
public class UsagePage {

    @Inject
    PlatformUsageService service;

    @Inject
    Today today;

    @Inject
    FormErrors errors;

    private boolean loaded;
    private String monthText;
    private PlatformUsage usage;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String asked = ConsolePage.request().getParameter("month");
        monthText = asked == null || asked.isBlank() ? YearMonth.from(today.date()).toString() : asked.trim();
        try {
            usage = service.usage(monthText);
        } catch (InvalidInputException e) {
            errors.add("month", ConsolePage.text("usage.error.month"));
        }
    }

    public String getMonth() {
        load();
        return monthText;
    }

    public boolean isShown() {
        load();
        return usage != null;
    }

    public List<CouncilUsage> getCouncils() {
        return isShown() ? usage.councils() : List.of();
    }

    public CouncilCounts getTotals() {
        return isShown() ? usage.totals() : CouncilCounts.NONE;
    }

    public long getCountedCouncils() {
        return isShown() ? usage.councilsWith(CouncilUsage.Figures.COUNTED) : 0;
    }

    /** "November 2026" in the console's language. */
    public String getMonthName() {
        return isShown() ? DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(usage.month()) : "";
    }

    /** "30 November 2026" in the console's language. */
    public String getListedOnText() {
        return isShown() ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).format(usage.listedOn()) : "";
    }

    public String hours(java.math.BigDecimal hours) {
        return Fields.money(hours);
    }

    /** Why a council has no figures. */
    public String noFigures(CouncilUsage c) {
        return ConsolePage.text(c.figures() == CouncilUsage.Figures.UNAVAILABLE ? "usage.unavailable" : "usage.notCounted");
    }

    public String tagClass(TenantStatus status) {
        return CouncilsPage.tagClass(status);
    }

    private static Locale locale() {
        return Locale.forLanguageTag(ConsoleFilter.language(ConsolePage.request()));
    }
}
