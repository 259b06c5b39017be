-- Programme configuration: settings, localities, a versioned framework, rates, grant schemes,
-- targets and the basic micro-enterprise record.

ALTER TABLE programme
  ADD COLUMN contact_name          VARCHAR(200) NULL,
  ADD COLUMN contact_email         VARCHAR(254) NULL,
  ADD COLUMN contact_phone         VARCHAR(40)  NULL,
  ADD COLUMN employment_risk_weeks INT          NOT NULL DEFAULT 12,
  ADD COLUMN evidence_warning_days INT          NOT NULL DEFAULT 30;

CREATE TABLE locality (
  id       VARCHAR(36)  NOT NULL,
  code     VARCHAR(40)  NOT NULL,
  name     VARCHAR(200) NOT NULL,
  retired  BOOLEAN      NOT NULL DEFAULT FALSE,
  version  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_locality_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Framework requirement rows become revisions: one row per requirement per period it was in force.
ALTER TABLE framework_requirement
  DROP INDEX uk_framework_requirement_code,
  ADD COLUMN medication_only   BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN framework_version INT     NOT NULL DEFAULT 1,
  ADD COLUMN effective_from    DATE    NOT NULL DEFAULT '2000-01-01',
  ADD COLUMN effective_to      DATE    NULL,
  ADD KEY ix_framework_requirement_code (code, effective_from);

-- One row per change to the framework, numbered; the page shows them as the framework's history.
CREATE TABLE framework_version (
  number            INT           NOT NULL,
  effective_from    DATE          NOT NULL,
  requirement_code  VARCHAR(40)   NULL,
  change_kind       VARCHAR(20)   NOT NULL,
  changes           VARCHAR(2000) NOT NULL,
  changed_by        VARCHAR(100)  NOT NULL,
  changed_at        TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO framework_version (number, effective_from, requirement_code, change_kind, changes, changed_by, changed_at)
SELECT 1, '2000-01-01', NULL, 'STARTED', 'Starting framework from the nation template', 'system', CURRENT_TIMESTAMP(3)
FROM DUAL WHERE EXISTS (SELECT 1 FROM framework_requirement);

CREATE TABLE rate (
  id           VARCHAR(36)   NOT NULL,
  rate_type    VARCHAR(30)   NOT NULL,
  hourly_rate  DECIMAL(10,2) NOT NULL,
  valid_from   DATE          NOT NULL,
  valid_to     DATE          NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_rate_type_from (rate_type, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE grant_scheme (
  id           VARCHAR(36)   NOT NULL,
  name         VARCHAR(200)  NOT NULL,
  budget       DECIMAL(12,2) NOT NULL,
  max_award    DECIMAL(12,2) NOT NULL,
  opens_on     DATE          NOT NULL,
  closes_on    DATE          NULL,
  eligibility  VARCHAR(2000) NULL,
  -- Raised only while the row is locked FOR UPDATE: a consistent read of the applications could miss
  -- a decision committed since the transaction's snapshot.
  approved_total DECIMAL(12,2) NOT NULL DEFAULT 0,
  version      BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_grant_scheme_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE micro_enterprise (
  id                       VARCHAR(36)   NOT NULL,
  trading_name             VARCHAR(200)  NOT NULL,
  owner_name               VARCHAR(200)  NOT NULL,
  gender                   VARCHAR(20)   NULL,
  postcode                 VARCHAR(10)   NOT NULL,
  localities               VARCHAR(1000) NOT NULL,
  services                 VARCHAR(1000) NOT NULL,
  hourly_rate              DECIMAL(10,2) NOT NULL,
  capacity_hours_per_week  INT           NOT NULL,
  personal_care            BOOLEAN       NOT NULL,
  medication               BOOLEAN       NOT NULL,
  pets_ok                  BOOLEAN       NOT NULL,
  languages                VARCHAR(200)  NOT NULL,
  specialisms              VARCHAR(1000) NOT NULL,
  availability             VARCHAR(1000) NOT NULL,
  referral_source          VARCHAR(40)   NULL,
  enquiry_date             DATE          NOT NULL,
  stage                    VARCHAR(20)   NOT NULL,
  created_at               TIMESTAMP(3)  NOT NULL,
  version                  BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_micro_enterprise_name (trading_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE grant_application (
  id                  VARCHAR(36)   NOT NULL,
  scheme_id           VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  amount              DECIMAL(12,2) NOT NULL,
  applied_on          DATE          NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  decided_amount      DECIMAL(12,2) NULL,
  decided_on          DATE          NULL,
  decided_by          VARCHAR(100)  NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_grant_application_scheme (scheme_id, status),
  CONSTRAINT fk_grant_application_scheme FOREIGN KEY (scheme_id) REFERENCES grant_scheme (id),
  CONSTRAINT fk_grant_application_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE target (
  id            VARCHAR(36) NOT NULL,
  metric        VARCHAR(40) NOT NULL,
  target_value  INT         NOT NULL,
  period_start  DATE        NOT NULL,
  period_end    DATE        NOT NULL,
  version       BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_target_metric (metric, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
