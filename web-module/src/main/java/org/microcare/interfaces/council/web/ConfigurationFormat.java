package org.microcare.interfaces.council.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{configFormat…}}: dates, moments and money as the configuration pages show them, in the page's language. */
@Named("configFormat")
@ApplicationScoped
public class ConfigurationFormat {

    /** "1 April 2024" / "1 Ebrill 2024". */
    public String day(LocalDate day) {
        return ConfigurationForms.day(day);
    }

    /** "3 June 2024 14:05", UK time. */
    public String when(Instant at) {
        return ConfigurationForms.when(at);
    }

    /** "£16.98". */
    public String money(BigDecimal amount) {
        return ConfigurationForms.money(amount);
    }
}
