-- The directory decides on every request whether each matching ME meets the framework that day, from
-- its valid evidence (not superseded, checked by then, not expired). With the dates in the index, that
-- is one read of the index per ME and no look-up of the rows (docs/benchmarks.md, directory search).
-- The new index starts with the old one's columns, so it serves every look-up that one did.
ALTER TABLE compliance_evidence
  ADD KEY ix_evidence_valid (micro_enterprise_id, requirement_code, superseded_by, checked_on, expires_on),
  DROP INDEX ix_evidence_me;
