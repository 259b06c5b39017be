package org.microcare.domain.model.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a framework requirement asks for, without its place in the framework's history. */
public record RequirementTerms(String code, String name, String guidance, boolean mandatory, Integer validityMonths,
                               List<String> appliesToServices, boolean medicationOnly) {

    public RequirementTerms {
        appliesToServices = List.copyOf(appliesToServices);
    }

    /** The differences from an earlier revision, in words for the framework history; empty if none. */
    public String changesFrom(RequirementTerms before) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.name, name)) {
            out.add("name '" + before.name + "' -> '" + name + "'");
        }
        if (!Objects.equals(before.guidance, guidance)) {
            out.add("guidance changed");
        }
        if (before.mandatory != mandatory) {
            out.add(mandatory ? "now mandatory" : "now optional");
        }
        if (!Objects.equals(before.validityMonths, validityMonths)) {
            out.add("validity " + months(before.validityMonths) + " -> " + months(validityMonths));
        }
        if (!before.appliesToServices.equals(appliesToServices)) {
            out.add("applies to " + scope(before.appliesToServices) + " -> " + scope(appliesToServices));
        }
        if (before.medicationOnly != medicationOnly) {
            out.add(medicationOnly ? "now only for MEs who give medication" : "no longer only for MEs who give medication");
        }
        return String.join("; ", out);
    }

    /** This requirement in words, for the history of an addition. */
    public String describe() {
        return name + " (" + (mandatory ? "mandatory" : "optional") + ", " + months(validityMonths) + ", applies to "
                + scope(appliesToServices) + (medicationOnly ? ", only MEs who give medication" : "") + ")";
    }

    private static String months(Integer m) {
        return m == null ? "does not expire" : m + " months";
    }

    private static String scope(List<String> services) {
        return services.isEmpty() ? "every ME" : String.join(", ", services);
    }
}
