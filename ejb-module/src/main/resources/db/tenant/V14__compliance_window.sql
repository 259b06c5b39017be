-- The days on which each ME meets the council's framework (ComplianceWindows), stored so that the
-- directory, the feed and matching probe an index instead of deciding compliance per ME per request.
-- Renewed in the transaction that changes evidence, an ME's services or medication, or the framework.
-- Filled for existing MEs by the Java migration V14_1 (the same computation as the application's).
CREATE TABLE compliance_window (
  id                  VARCHAR(36) NOT NULL,
  micro_enterprise_id VARCHAR(36) NOT NULL,
  valid_from          DATE        NOT NULL,
  valid_to            DATE        NULL,
  PRIMARY KEY (id),
  KEY ix_compliance_window_me (micro_enterprise_id, valid_from, valid_to),
  CONSTRAINT fk_compliance_window_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
