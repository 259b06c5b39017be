-- Broker casework, first slice: the people who need care (clients). Personal details are optional
-- (many councils keep names in their case system and record only their own reference here); the
-- postcode is private. What a client needs and when are rows with indexes (services, specialisms,
-- preferred times), so matching can filter in SQL. Reads of a client's record are audited; the
-- audit log gets an index by record, so "who viewed this client" is one index range.

CREATE TABLE client (
  id                     CHAR(36)      NOT NULL,
  reference              VARCHAR(60)   NOT NULL,
  name                   VARCHAR(200)  NULL,
  phone                  VARCHAR(40)   NULL,
  email                  VARCHAR(254)  NULL,
  postcode               VARCHAR(10)   NOT NULL,
  locality_code          VARCHAR(40)   NOT NULL,
  hours_per_week         INT           NOT NULL,
  funding_route          VARCHAR(20)   NOT NULL,
  personal_care_needed   BOOLEAN       NOT NULL DEFAULT FALSE,
  medication_needed      BOOLEAN       NOT NULL DEFAULT FALSE,
  carer_gender           VARCHAR(10)   NULL,
  language               VARCHAR(3)    NULL,
  has_pets               BOOLEAN       NOT NULL DEFAULT FALSE,
  social_worker_name     VARCHAR(200)  NULL,
  social_worker_contact  VARCHAR(254)  NULL,
  referred_on            DATE          NOT NULL,
  referral_source        VARCHAR(40)   NULL,
  consent_given_on       DATE          NULL,
  status                 VARCHAR(20)   NOT NULL,
  status_since           DATE          NOT NULL,
  closed_on              DATE          NULL,
  closed_reason          VARCHAR(500)  NULL,
  version                BIGINT        NOT NULL DEFAULT 0,
  created_at             TIMESTAMP(3)  NOT NULL,
  updated_at             TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_client_reference (reference),
  KEY ix_client_status (status, reference),
  KEY ix_client_locality (locality_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE client_service (
  id         CHAR(36)    NOT NULL,
  client_id  CHAR(36)    NOT NULL,
  code       VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_client_service (client_id, code),
  KEY ix_client_service_code (code, client_id),
  CONSTRAINT fk_client_service_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE client_specialism (
  id         CHAR(36)    NOT NULL,
  client_id  CHAR(36)    NOT NULL,
  code       VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_client_specialism (client_id, code),
  KEY ix_client_specialism_code (code, client_id),
  CONSTRAINT fk_client_specialism_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE client_preferred_time (
  id           CHAR(36)   NOT NULL,
  client_id    CHAR(36)   NOT NULL,
  day_of_week  VARCHAR(3) NOT NULL,
  starts_at    TIME       NOT NULL,
  ends_at      TIME       NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_client_preferred_time (client_id, day_of_week, starts_at),
  KEY ix_client_preferred_time_day (day_of_week, starts_at, ends_at),
  CONSTRAINT fk_client_preferred_time_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- "Who viewed this client" (and any record's history): by record, then action, newest last.
ALTER TABLE audit_entry ADD KEY ix_audit_entry_record (record_id, action, id);
