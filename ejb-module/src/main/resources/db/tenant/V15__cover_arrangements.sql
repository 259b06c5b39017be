-- Cover for an absence: a temporary arrangement of a client's care by another ME while the ME of one of
-- the client's arrangements is away. cover_for_absence_id names the absence it covers and
-- covers_arrangement_id the arrangement it stands in for; both are NULL for an ordinary arrangement.
-- A cover ends with the absence (its last day is the absence's last day at the latest), and when the
-- absence is cancelled its covers still running are ended. The cover view reads the covers of an absence
-- by ix_arrangement_cover.
ALTER TABLE arrangement
  ADD COLUMN cover_for_absence_id VARCHAR(36) NULL,
  ADD COLUMN covers_arrangement_id CHAR(36) NULL,
  ADD KEY ix_arrangement_cover (cover_for_absence_id, covers_arrangement_id),
  ADD CONSTRAINT fk_arrangement_cover_absence FOREIGN KEY (cover_for_absence_id) REFERENCES micro_enterprise_absence (id),
  ADD CONSTRAINT fk_arrangement_covers FOREIGN KEY (covers_arrangement_id) REFERENCES arrangement (id);
