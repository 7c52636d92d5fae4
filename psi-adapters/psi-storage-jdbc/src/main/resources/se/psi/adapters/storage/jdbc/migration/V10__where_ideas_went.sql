-- IDE-2, ADV-3: what an idea's triage or an advisory case led to knows where it came from. A public dialogue may
-- take up the theme of an idea; a project-bank entry may come from an idea or from an advisory case. Rows stored
-- before these columns existed came from neither. (The idea's triage and the advisory case's outcomes point the
-- other way inside their JSON documents.)
ALTER TABLE meeting ADD COLUMN from_idea UUID;
ALTER TABLE project_idea ADD COLUMN from_idea UUID;
ALTER TABLE project_idea ADD COLUMN from_advisory_case UUID;
