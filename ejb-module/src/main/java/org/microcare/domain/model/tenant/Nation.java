package org.microcare.domain.model.tenant;

import java.util.Arrays;
import java.util.Optional;

/** The UK nation whose law and funding routes a council's programme follows. */
public enum Nation {
    ENGLAND, SCOTLAND, WALES, NORTHERN_IRELAND;

    public static Optional<Nation> parse(String text) {
        return Arrays.stream(values()).filter(n -> n.name().equals(text)).findFirst();
    }
}
