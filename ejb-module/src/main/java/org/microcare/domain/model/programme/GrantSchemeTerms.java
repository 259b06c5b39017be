package org.microcare.domain.model.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a grant scheme offers: budget, largest award, when it is open, who may apply. */
public record GrantSchemeTerms(String name, BigDecimal budget, BigDecimal maxAward, LocalDate opensOn, LocalDate closesOn,
                               String eligibility) {

    /** Whether an application made on {@code day} falls while the scheme is open. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    public String changesFrom(GrantSchemeTerms before) {
        List<String> out = new ArrayList<>();
        diff(out, "name", before.name, name);
        diff(out, "budget", before.budget.toPlainString(), budget.toPlainString());
        diff(out, "maximum award", before.maxAward.toPlainString(), maxAward.toPlainString());
        diff(out, "opens", before.opensOn, opensOn);
        diff(out, "closes", before.closesOn, closesOn);
        if (!Objects.equals(before.eligibility, eligibility)) {
            out.add("eligibility notes changed");
        }
        return String.join("; ", out);
    }

    private static void diff(List<String> out, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(label + " " + before + " -> " + after);
        }
    }
}
