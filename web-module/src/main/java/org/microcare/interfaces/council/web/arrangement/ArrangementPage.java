package org.microcare.interfaces.council.web.arrangement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.microcare.application.casework.ArrangementForm;
import org.microcare.application.casework.ArrangementService;
import org.microcare.application.casework.ArrangementService.DayTopUp;
import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.MonthlyHours;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.CouncilPage;
import org.microcare.interfaces.council.web.DisplayFormats;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;
import org.microcare.interfaces.shared.web.FormErrors;

/**
 * {@code /c/{tenant}/arrangements/view?id=…&on=…}: one arrangement (who, with whom, dates, hours, rate,
 * funding), the person's top-up on a chosen day (today if within the arrangement, else its first day)
 * with the Direct Payment rate it was worked out against, the hours delivered by month and, for
 * brokers, the forms that record a month's hours and end the arrangement early. Every showing is an
 * audited read of the client's record; a post that redirects reads nothing to show.
 */
@Named
@RequestScoped
public class ArrangementPage {

    /** Where a showing of this page is said to come from in the audit log (CLIENT_VIEWED on the client). */
    static final String VIA = "page /arrangements/view";

    /** The notices a form may leave when it sends the broker back here ({@code ?done=…}). */
    private static final Set<String> DONE = Set.of("made", "hours", "ended");

    @Inject
    ArrangementService arrangements;

    @Inject
    CouncilPage council;

    @Inject
    FormErrors errors;

    private ArrangementService.Named named;
    private List<MonthlyHours> hours = List.of();
    private DayTopUp topUp;
    private String topUpProblem;
    private String on;

    private String month;
    private String hoursText;
    private String endsOn;
    private String reason;

    @PostConstruct
    void load() {
        try {
            named = arrangements.getNamed(PageForms.param("id"));
        } catch (RecordNotFoundException e) {
            named = null;
            PageForms.notFound();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            show();
        }
    }

    /** Reads what the page shows: an audited read of the client's record ({@value #VIA}). */
    private void show() {
        named = arrangements.view(named.arrangement().getId(), PageForms.actor(council), VIA);
        Arrangement a = named.arrangement();
        hours = arrangements.hours(a.getId());
        on = PageForms.param("on");
        LocalDate day;
        if (on == null || on.isBlank()) {
            day = a.covers(LocalDate.now()) ? LocalDate.now() : a.getStartsOn();
            on = day.toString();
        } else {
            day = PageForms.date(on);
        }
        if (day == null || !Fields.inYears(day)) {
            topUpProblem = "on";
            errors.add("on", Texts.get("arrangement.error.on"));
            return;
        }
        try {
            topUp = arrangements.topUp(a.getId(), day);
        } catch (InvalidInputException e) {
            topUpProblem = "on";
            errors.add("on", Texts.get("arrangement.topUp.outside", DisplayFormats.dateText(a.getStartsOn()),
                    a.getEndsOn() == null ? Texts.get("arrangement.openEnded") : DisplayFormats.dateText(a.getEndsOn())));
        } catch (RecordNotFoundException e) {
            topUpProblem = "noRate";
        }
    }

    public void recordHours() throws IOException {
        if (named == null) {
            PageForms.notFound();
            return;
        }
        if (!council.isCaseworker()) {
            PageForms.forbidden();
            return;
        }
        try {
            arrangements.recordHours(named.arrangement().getId(), ArrangementForm.hours(month, hoursText == null || hoursText.isBlank() ? null
                    : hoursText.trim()), PageForms.actor(council));
            PageForms.redirect(getPageUrl() + "&done=hours");
            return;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field().equals("hours") ? "hoursText" : v.field(),
                    Texts.violation("arrangement.hoursError.", v)));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        show();
    }

    public void end() throws IOException {
        if (named == null) {
            PageForms.notFound();
            return;
        }
        if (!council.isCaseworker()) {
            PageForms.forbidden();
            return;
        }
        try {
            arrangements.end(named.arrangement().getId(), ArrangementForm.ending(endsOn, reason), PageForms.actor(council));
            PageForms.redirect(getPageUrl() + "&done=ended");
            return;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("arrangement.endError.", v)));
        } catch (ConflictException e) {
            errors.add("endsOn", named.arrangement().isEndedEarly() ? Texts.get("arrangement.endError.already")
                    : Texts.get("arrangement.endError.laterHours"));
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
            return;
        }
        show();
    }

    public Arrangement getArrangement() {
        return named == null ? null : named.arrangement();
    }

    public String getClientReference() {
        return named == null ? "" : named.clientReference();
    }

    public String getTradingName() {
        return named == null ? "" : named.tradingName();
    }

    public String getStatusLabel() {
        return named == null ? "" : Texts.get("arrangement.status." + named.arrangement().statusOn(LocalDate.now()).name());
    }

    public String getFunding() {
        return named == null ? "" : Texts.get("client.funding." + named.arrangement().getFunding().name());
    }

    public String getClientUrl() {
        return named == null ? "" : council.getBase() + "/clients/view?id=" + PageForms.encode(named.arrangement().getClientId());
    }

    public String getMicroEnterpriseUrl() {
        return named == null ? "" : council.getBase() + "/micro-enterprises/view?id=" + PageForms.encode(named.arrangement().getMicroEnterpriseId());
    }

    public String getPageUrl() {
        return named == null ? "" : council.getBase() + "/arrangements/view?id=" + PageForms.encode(named.arrangement().getId());
    }

    public DayTopUp getTopUp() {
        return topUp;
    }

    public boolean isNoRate() {
        return "noRate".equals(topUpProblem);
    }

    public List<MonthlyHours> getHours() {
        return hours;
    }

    public String monthOf(MonthlyHours h) {
        return h.getMonth().toString().substring(0, 7);
    }

    /** What the arrangement covers, when it is a cover for an absence; else null. */
    public ArrangementService.CoverNote getCover() {
        return named == null ? null : named.cover();
    }

    /** The cover page of the absence this arrangement covers. */
    public String getCoverUrl() {
        ArrangementService.CoverNote c = getCover();
        return c == null ? "" : council.getBase() + "/micro-enterprises/cover?id=" + PageForms.encode(c.microEnterpriseId()) + "&absence="
                + PageForms.encode(c.absenceId());
    }

    public String getNotice() {
        if (named == null) {
            return null;
        }
        String done = CouncilPage.request().getParameter("done");
        return done != null && DONE.contains(done) ? Texts.get("arrangement.done." + done, named.clientReference(), named.tradingName()) : null;
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getHoursText() {
        return hoursText;
    }

    public void setHoursText(String hoursText) {
        this.hoursText = hoursText;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
