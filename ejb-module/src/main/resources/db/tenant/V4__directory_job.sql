-- The daily directory job. One row per day it ran for this council: the primary key makes the run
-- happen once per council per day, whichever web module or instance gets there first.
CREATE TABLE directory_run (
  run_day     DATE          NOT NULL,
  started_at  TIMESTAMP(3)  NOT NULL,
  visible     INT           NOT NULL DEFAULT 0,
  left_count  INT           NOT NULL DEFAULT 0,
  came_back   INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (run_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Which MEs the last run saw in the directory, to find who left or came back since.
CREATE TABLE directory_presence (
  micro_enterprise_id VARCHAR(36) NOT NULL,
  since_day           DATE        NOT NULL,
  PRIMARY KEY (micro_enterprise_id),
  CONSTRAINT fk_directory_presence_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An ME left the directory, or came back, without a stage move: evidence expired or was recorded,
-- a framework change came into force. Shown on the ME's timeline and the broker dashboard.
CREATE TABLE directory_change (
  id                  VARCHAR(36)   NOT NULL,
  micro_enterprise_id VARCHAR(36)   NOT NULL,
  change_day          DATE          NOT NULL,
  visible             BOOLEAN       NOT NULL,
  stage_move          BOOLEAN       NOT NULL DEFAULT FALSE,
  reason              VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_directory_change_me (micro_enterprise_id, change_day),
  KEY ix_directory_change_day (change_day),
  CONSTRAINT fk_directory_change_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
