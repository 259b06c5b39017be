-- Broker casework: arrangements (a client's care by one ME: dates, hours a week, the agreed hourly rate,
-- how it is paid for) and the hours delivered under each, one figure per month. An arrangement is
-- active on a day when starts_on <= day and (ends_on IS NULL or ends_on >= day); ending one early sets
-- ends_on and says why. Spare capacity ("hours of the ME's arrangements active that day") and matching
-- read ix_arrangement_me_days; a client's arrangements read ix_arrangement_client.

CREATE TABLE arrangement (
  id                  CHAR(36)      NOT NULL,
  client_id           CHAR(36)      NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  starts_on           DATE          NOT NULL,
  ends_on             DATE          NULL,
  hours_per_week      INT           NOT NULL,
  hourly_rate         DECIMAL(8,2)  NOT NULL,
  funding             VARCHAR(20)   NOT NULL,
  ended_early_by      VARCHAR(100)  NULL,
  ended_early_at      TIMESTAMP(3)  NULL,
  ended_reason        VARCHAR(500)  NULL,
  recorded_by         VARCHAR(100)  NOT NULL,
  created_at          TIMESTAMP(3)  NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_arrangement_me_days (micro_enterprise_id, starts_on, ends_on, hours_per_week, client_id),
  KEY ix_arrangement_client (client_id, starts_on),
  KEY ix_arrangement_days (starts_on, ends_on),
  CONSTRAINT fk_arrangement_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_arrangement_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Hours delivered in a month (month = its first day); a new figure replaces the month's old one.
CREATE TABLE arrangement_hours (
  id              CHAR(36)      NOT NULL,
  arrangement_id  CHAR(36)      NOT NULL,
  month           DATE          NOT NULL,
  hours           DECIMAL(6,2)  NOT NULL,
  recorded_by     VARCHAR(100)  NOT NULL,
  recorded_at     TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_arrangement_hours_month (arrangement_id, month),
  KEY ix_arrangement_hours_month (month, arrangement_id),
  CONSTRAINT fk_arrangement_hours_arrangement FOREIGN KEY (arrangement_id) REFERENCES arrangement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
