package org.microcare.domain.model.microenterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything recorded about an ME at enquiry, already checked. */
public record MicroEnterpriseDetails(String tradingName, String ownerName, Gender gender, String postcode,
                                     List<String> localities, List<String> services, BigDecimal hourlyRate,
                                     int capacityHoursPerWeek, boolean personalCare, boolean medication, boolean petsOk,
                                     List<String> languages, List<String> specialisms, List<AvailabilitySlot> availability,
                                     String referralSource, LocalDate enquiryDate) {
}
