package org.microcare.domain.model.client;

import java.util.List;

/** What a client would like of their carer: gender (null: no preference), language (ISO 639, null: any), pets at home, specialisms. */
public record Preferences(CarerGender carerGender, String language, boolean hasPets, List<String> specialisms) {

    public static final Preferences NONE = new Preferences(null, null, false, List.of());

    public Preferences {
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
    }
}
