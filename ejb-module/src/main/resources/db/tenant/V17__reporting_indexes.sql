-- Reporting: indexes that let each monthly measure and target figure be one aggregate query answered
-- from an index (a range on a day column, the counted column alongside).

-- newReferrals, NEW_MICRO_ENTERPRISES: enquiry date in a range.
ALTER TABLE micro_enterprise ADD KEY ix_micro_enterprise_enquiry (enquiry_date);

-- A stage at a day: the later moves of the same ME made on or before the day (NOT EXISTS probe).
ALTER TABLE micro_enterprise_stage_change ADD KEY ix_stage_change_me_position_day (micro_enterprise_id, position, changed_on);

-- engagedAndSupported: distinct MEs with a session in a range.
ALTER TABLE support_session ADD KEY ix_support_session_on_me (held_on, micro_enterprise_id);

-- accessingGrant: distinct MEs with an approved application decided by a day.
ALTER TABLE grant_application ADD KEY ix_grant_application_decided (status, decided_on, micro_enterprise_id);

-- clientsSupported / clientsSds / clientsPrivate / weekly hours: arrangements active in a range.
ALTER TABLE arrangement ADD KEY ix_arrangement_report (starts_on, ends_on, funding, client_id, hours_per_week);

-- clientHours, cost avoidance: hours summed by month.
ALTER TABLE arrangement_hours ADD KEY ix_arrangement_hours_report (month, hours);
