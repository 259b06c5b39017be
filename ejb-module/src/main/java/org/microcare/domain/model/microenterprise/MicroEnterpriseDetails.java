package org.microcare.domain.model.microenterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything recorded about an ME, already checked. The home postcode stays private; the public
 * contact details, description and experience are what the ME chooses to publish in the directory.
 */
public record MicroEnterpriseDetails(String tradingName, String ownerName, Gender gender, String postcode,
                                     List<String> localities, List<String> services, BigDecimal hourlyRate,
                                     int capacityHoursPerWeek, boolean personalCare, boolean medication, boolean petsOk,
                                     List<String> languages, List<String> specialisms, List<AvailabilitySlot> availability,
                                     String referralSource, LocalDate enquiryDate, PublicProfile profile) {

    /** What the ME publishes, and when they can work beyond their weekly windows. */
    public record PublicProfile(String phone, String email, String website, String description, String experience,
                                boolean evenings, boolean weekends, boolean lastMinute, AgeBand ageBand) {

        public static final PublicProfile NONE = new PublicProfile(null, null, null, null, null, false, false, false, null);
    }
}
