-- UK GDPR for the client record: erasure and retention. A closed client's personal details are
-- erased on request or, by the daily retention job, once the council's retention period after
-- closure has passed (default 6 years). The row stays, so the figures reports need (hours, funding
-- route, locality, services, dates, statuses) survive without the person: the personal columns
-- become NULL (postcode may now be NULL; only an erased record has none) and the reference is
-- replaced by a token made from the record's id.

ALTER TABLE programme ADD COLUMN client_retention_years INT NOT NULL DEFAULT 6;

ALTER TABLE client MODIFY postcode VARCHAR(10) NULL;
ALTER TABLE client ADD COLUMN erased_at TIMESTAMP(3) NULL;
ALTER TABLE client ADD COLUMN erased_by VARCHAR(100) NULL;
-- The retention job's search: closed, not yet erased, closed long enough ago.
ALTER TABLE client ADD KEY ix_client_retention (status, erased_at, closed_on);

-- The daily retention job. One row per day it ran for this council: the primary key makes the run
-- happen once per council per day, whichever web module or instance gets there first.
CREATE TABLE client_retention_run (
  run_day     DATE          NOT NULL,
  started_at  TIMESTAMP(3)  NOT NULL,
  erased      INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (run_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
