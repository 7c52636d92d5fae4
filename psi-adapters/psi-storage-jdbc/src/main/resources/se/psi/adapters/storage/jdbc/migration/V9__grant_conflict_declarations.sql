-- GRA-7: each person's declaration on jäv in a grant case (that there is none, or a conflict with its reason),
-- stored as JSON like the case's other lists. A case stored before declarations existed has none yet.
ALTER TABLE grant_application ADD COLUMN conflict_declarations VARCHAR(1000000) DEFAULT '[]' NOT NULL;
