-- The micro-enterprise journey: the record becomes relational (what an ME offers, where, in which
-- languages and when are rows with indexes, so directory search, the feed and matching filter in SQL),
-- the public profile fields, the stage timeline, compliance evidence and business-support sessions.
-- A framework requirement's services become rows too, so compliance can be decided in SQL.

CREATE TABLE micro_enterprise_code (
  id                  VARCHAR(36) NOT NULL,
  micro_enterprise_id VARCHAR(36) NOT NULL,
  kind                VARCHAR(20) NOT NULL,
  code                VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_me_code (micro_enterprise_id, kind, code),
  KEY ix_me_code_lookup (kind, code, micro_enterprise_id),
  CONSTRAINT fk_me_code_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code)
SELECT UUID(), m.id, 'LOCALITY', j.code FROM micro_enterprise m,
  JSON_TABLE(CONCAT('["', REPLACE(m.localities, ',', '","'), '"]'), '$[*]' COLUMNS (code VARCHAR(40) PATH '$')) j
WHERE j.code <> '';
INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code)
SELECT UUID(), m.id, 'SERVICE', j.code FROM micro_enterprise m,
  JSON_TABLE(CONCAT('["', REPLACE(m.services, ',', '","'), '"]'), '$[*]' COLUMNS (code VARCHAR(40) PATH '$')) j
WHERE j.code <> '';
INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code)
SELECT UUID(), m.id, 'LANGUAGE', j.code FROM micro_enterprise m,
  JSON_TABLE(CONCAT('["', REPLACE(m.languages, ',', '","'), '"]'), '$[*]' COLUMNS (code VARCHAR(40) PATH '$')) j
WHERE j.code <> '';
INSERT INTO micro_enterprise_code (id, micro_enterprise_id, kind, code)
SELECT UUID(), m.id, 'SPECIALISM', j.code FROM micro_enterprise m,
  JSON_TABLE(CONCAT('["', REPLACE(m.specialisms, ',', '","'), '"]'), '$[*]' COLUMNS (code VARCHAR(40) PATH '$')) j
WHERE j.code <> '';

CREATE TABLE micro_enterprise_availability (
  id                  VARCHAR(36) NOT NULL,
  micro_enterprise_id VARCHAR(36) NOT NULL,
  day_of_week         VARCHAR(3)  NOT NULL,
  starts_at           TIME        NOT NULL,
  ends_at             TIME        NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_me_availability (micro_enterprise_id, day_of_week, starts_at),
  KEY ix_me_availability_day (day_of_week, starts_at, ends_at),
  CONSTRAINT fk_me_availability_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- stored as 'MON 09:00-15:00;TUE 10:00-12:00'
INSERT INTO micro_enterprise_availability (id, micro_enterprise_id, day_of_week, starts_at, ends_at)
SELECT UUID(), m.id, SUBSTRING(j.slot, 1, 3), CAST(SUBSTRING(j.slot, 5, 5) AS TIME), CAST(SUBSTRING(j.slot, 11, 5) AS TIME)
FROM micro_enterprise m,
  JSON_TABLE(CONCAT('["', REPLACE(m.availability, ';', '","'), '"]'), '$[*]' COLUMNS (slot VARCHAR(40) PATH '$')) j
WHERE j.slot <> '';

ALTER TABLE micro_enterprise
  DROP COLUMN localities,
  DROP COLUMN services,
  DROP COLUMN languages,
  DROP COLUMN specialisms,
  DROP COLUMN availability,
  ADD COLUMN public_phone        VARCHAR(40)   NULL,
  ADD COLUMN public_email        VARCHAR(254)  NULL,
  ADD COLUMN website             VARCHAR(200)  NULL,
  ADD COLUMN public_description  VARCHAR(2000) NULL,
  ADD COLUMN experience          VARCHAR(2000) NULL,
  ADD COLUMN evenings            BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN weekends            BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN last_minute         BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN age_band            VARCHAR(20)   NULL,
  ADD COLUMN stage_since         DATE          NULL,
  ADD COLUMN last_confirmed_on   DATE          NULL,
  ADD KEY ix_micro_enterprise_stage (stage, trading_name);

UPDATE micro_enterprise SET stage_since = enquiry_date;
ALTER TABLE micro_enterprise MODIFY stage_since DATE NOT NULL;

-- Every move between stages, kept: the ME page's timeline, and (later) the monthly measures.
CREATE TABLE micro_enterprise_stage_change (
  id                  VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  position            INT           NOT NULL,
  from_stage          VARCHAR(20)   NULL,
  to_stage            VARCHAR(20)   NOT NULL,
  changed_on          DATE          NOT NULL,
  reason              VARCHAR(40)   NULL,
  note                VARCHAR(2000) NULL,
  changed_by          VARCHAR(100)  NOT NULL,
  changed_at          TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_stage_change_position (micro_enterprise_id, position),
  KEY ix_stage_change_to (to_stage, changed_on),
  CONSTRAINT fk_stage_change_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO micro_enterprise_stage_change (id, micro_enterprise_id, position, from_stage, to_stage, changed_on, reason, note, changed_by, changed_at)
SELECT UUID(), id, 0, NULL, 'ENQUIRY', enquiry_date, NULL, NULL, 'system', created_at FROM micro_enterprise;

-- Compliance evidence: never deleted; a correction supersedes a record, with a reason.
CREATE TABLE compliance_evidence (
  id                  VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  requirement_code    VARCHAR(40)   NOT NULL,
  checked_on          DATE          NOT NULL,
  expires_on          DATE          NULL,
  reference           VARCHAR(200)  NULL,
  recorded_by         VARCHAR(100)  NOT NULL,
  recorded_at         TIMESTAMP(3)  NOT NULL,
  superseded_by       VARCHAR(36)   NULL,
  superseded_reason   VARCHAR(500)  NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_evidence_me (micro_enterprise_id, requirement_code, superseded_by),
  KEY ix_evidence_expiry (expires_on),
  CONSTRAINT fk_evidence_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE support_session (
  id                  VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  held_on             DATE          NOT NULL,
  provider            VARCHAR(100)  NOT NULL,
  category            VARCHAR(40)   NOT NULL,
  minutes             INT           NOT NULL,
  note                VARCHAR(2000) NULL,
  recorded_by         VARCHAR(100)  NOT NULL,
  recorded_at         TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_support_session_me (micro_enterprise_id, held_on),
  KEY ix_support_session_on (held_on),
  CONSTRAINT fk_support_session_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which services a framework requirement applies to (none: every ME).
CREATE TABLE framework_requirement_service (
  id              VARCHAR(36) NOT NULL,
  requirement_id  VARCHAR(36) NOT NULL,
  service_code    VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_requirement_service (requirement_id, service_code),
  KEY ix_requirement_service_code (service_code, requirement_id),
  CONSTRAINT fk_requirement_service_requirement FOREIGN KEY (requirement_id) REFERENCES framework_requirement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO framework_requirement_service (id, requirement_id, service_code)
SELECT UUID(), r.id, j.code FROM framework_requirement r,
  JSON_TABLE(CONCAT('["', REPLACE(r.applies_to_services, ',', '","'), '"]'), '$[*]' COLUMNS (code VARCHAR(40) PATH '$')) j
WHERE j.code <> '';

ALTER TABLE framework_requirement DROP COLUMN applies_to_services;

ALTER TABLE programme ADD COLUMN listing_freshness_days INT NOT NULL DEFAULT 90;
