package org.microcare.domain.model.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.microcare.domain.model.microenterprise.AvailabilitySlot;

/** One ME as the public sees it: only what the ME chose to publish and what the council checked. */
public record Listing(String id, String tradingName, String description, String experience, BigDecimal hourlyRate,
                      boolean personalCare, boolean medication, boolean petsOk, boolean evenings, boolean weekends,
                      boolean lastMinute, boolean spareCapacity, String phone, String email, String website,
                      LocalDate lastConfirmedOn, List<String> services, List<String> localities, List<String> languages,
                      List<String> specialisms, List<AvailabilitySlot> availability) {
}
