-- Decisions anyone can verify: each membership decision keeps its receipt (the facts its rules read, the ruleset's
-- parameters and hash, the library version, the verdicts and the receipt's own hash) as one JSON document. Decisions
-- stored before this column existed have none: they still read, with their explanation, and are not replayed.
ALTER TABLE membership_decision ADD COLUMN receipt VARCHAR(1000000);

-- A what-if reads the decisions of a period in order of their date.
CREATE INDEX membership_decision_by_day ON membership_decision (decided_on, application_id, seq);
