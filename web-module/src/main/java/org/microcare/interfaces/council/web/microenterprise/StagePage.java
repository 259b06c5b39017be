package org.microcare.interfaces.council.web.microenterprise;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.MicroEnterpriseService.StageMove;
import org.microcare.domain.model.microenterprise.ComplianceStatus;
import org.microcare.domain.model.microenterprise.LeaveReason;
import org.microcare.domain.model.microenterprise.ListingRefusedException;
import org.microcare.domain.model.microenterprise.Stage;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.interfaces.council.web.Choice;
import org.microcare.interfaces.council.web.PageForms;
import org.microcare.interfaces.council.web.Texts;

/**
 * {@code /c/{tenant}/micro-enterprises/stage?id=…}: a broker moves an ME to another stage. Only the
 * moves the journey allows from its stage are offered; leaving needs a reason; a listing refused for
 * missing evidence names every requirement still missing, each with a link to record it.
 */
@Named
@RequestScoped
public class StagePage extends JourneyForm {

    /** A mandatory requirement without valid evidence, as the refused listing named it. */
    public static final class Missing {
        private final String code;
        private final String name;

        Missing(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    private String on = LocalDate.now().toString();
    private String note;
    private String reason;
    private List<Missing> missing = List.of();

    public List<Choice> getStageChoices() {
        return journey == null ? List.of()
                : journey.allowedMoves().stream().map(s -> new Choice(s.name(), Texts.get("me.stage." + s.name()))).toList();
    }

    /** The reasons for leaving, after a "choose" prompt. */
    public List<Choice> getReasonChoices() {
        List<Choice> out = new java.util.ArrayList<>();
        out.add(new Choice("", Texts.get("me.leaveReason.choose")));
        Arrays.stream(LeaveReason.values()).forEach(r -> out.add(new Choice(r.name(), Texts.get("me.leaveReason." + r.name()))));
        return out;
    }

    /** Whether leaving is one of the moves offered (then the reason is asked for too). */
    public boolean isLeavingAllowed() {
        return journey != null && journey.allowedMoves().contains(Stage.LEFT);
    }

    public String getChosenStage() {
        return PageForms.param("stage");
    }

    /** The requirements a refused listing still needs evidence for. */
    public List<Missing> getMissing() {
        return missing;
    }

    public void move() throws IOException {
        String stage = PageForms.param("stage");
        String leaving = Stage.LEFT.name().equals(stage) && reason != null && !reason.isBlank() ? reason : null;
        try {
            microEnterprises.move(journey.id(), new StageMove(stage, on, leaving, note), PageForms.actor(council));
            done("moved");
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> errors.add(v.field(), Texts.violation("me.move.error.", v)));
        } catch (ListingRefusedException e) {
            refused(e.missing());
        } catch (RecordNotFoundException e) {
            PageForms.notFound();
        } catch (ConflictException e) {
            Stage was = journey.stage();
            reload();
            errors.add("stage", journey.stage() == was ? Texts.get("me.move.error.notAllowed")
                    : Texts.get("me.move.error.movedMeanwhile", getStage()));
        }
    }

    /** One error for the choice of stage, then one per missing requirement, linking to its place in the list. */
    private void refused(List<String> codes) {
        LocalDate day = PageForms.date(on);
        Map<String, String> names = microEnterprises.compliance(journey.id(), day).stream()
                .collect(Collectors.toMap(ComplianceStatus::requirementCode, ComplianceStatus::requirementName, (a, b) -> a));
        missing = codes.stream().map(c -> new Missing(c, names.getOrDefault(c, c))).toList();
        errors.add("stage", Texts.get("me.move.error.listingRefused"));
        missing.forEach(m -> errors.add("missing-" + m.getCode(), Texts.get("me.move.error.missing", m.getName(), m.getCode())));
    }

    public String evidenceUrl(String code) {
        return council.getBase() + "/micro-enterprises/evidence?id=" + PageForms.encode(journey.id()) + "&requirement=" + PageForms.encode(code);
    }

    public String getOn() {
        return on;
    }

    public void setOn(String on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
