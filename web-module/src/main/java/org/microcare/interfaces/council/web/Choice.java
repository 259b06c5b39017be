package org.microcare.interfaces.council.web;

/** One option of a select, radios or checkboxes: the value sent and the label shown. A class, as EL 5 cannot read records. */
public final class Choice {

    private final String value;
    private final String label;

    public Choice(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
