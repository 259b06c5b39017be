-- When a sole trader is away (holiday, illness): the days from starts_on to ends_on inclusive. An ME's
-- absences never overlap (checked under the ME's row lock). A mistaken absence is cancelled, not deleted.
CREATE TABLE micro_enterprise_absence (
  id                  VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  starts_on           DATE          NOT NULL,
  ends_on             DATE          NOT NULL,
  planned             BOOLEAN       NOT NULL,
  note                VARCHAR(2000) NULL,
  recorded_by         VARCHAR(100)  NOT NULL,
  recorded_at         TIMESTAMP(3)  NOT NULL,
  cancelled_by        VARCHAR(100)  NULL,
  cancelled_at        TIMESTAMP(3)  NULL,
  cancel_reason       VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_absence_me (micro_enterprise_id, starts_on, ends_on),
  KEY ix_absence_days (starts_on, ends_on),
  CONSTRAINT fk_absence_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
