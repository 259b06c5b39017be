package org.microcare.interfaces.council.web;

import java.util.List;

import org.microcare.domain.model.programme.CatalogueEntry;

/** One option of a select, radios or checkboxes: the value sent and the label shown. A class, as EL 5 cannot read records. */
public final class Choice {

    private final String value;
    private final String label;

    public Choice(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** Entries of a programme list (services, localities) as options: code and name. */
    public static List<Choice> of(List<? extends CatalogueEntry> entries) {
        return entries.stream().map(e -> new Choice(e.getCode(), e.getName())).toList();
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
