-- GRA-9: a grant case is registered when it arrives (when it is submitted): its case number (diarienummer) from the
-- records system, the day it arrived, its public title and, where needed, which parts are under secrecy and why; and
-- every document of the case is listed on it. A draft has not arrived and has none of these, nor has a case stored
-- before registration existed.
ALTER TABLE grant_application ADD COLUMN case_number VARCHAR(60);
ALTER TABLE grant_application ADD COLUMN arrived_on DATE;
ALTER TABLE grant_application ADD COLUMN case_title VARCHAR(200);
ALTER TABLE grant_application ADD COLUMN secret_parts VARCHAR(500);
ALTER TABLE grant_application ADD COLUMN secrecy_ground VARCHAR(500);
ALTER TABLE grant_application ADD COLUMN documents VARCHAR(1000000) DEFAULT '[]' NOT NULL;
ALTER TABLE grant_application ADD CONSTRAINT grant_application_registered
    CHECK ((case_number IS NULL) = (arrived_on IS NULL) AND (case_number IS NULL) = (case_title IS NULL));
ALTER TABLE grant_application ADD CONSTRAINT grant_application_secrecy_marked
    CHECK ((secret_parts IS NULL) = (secrecy_ground IS NULL));
CREATE UNIQUE INDEX grant_application_by_case_number ON grant_application (case_number);

-- The library's own records system: the last case number given in each year of arrival. A registration counts the
-- year's row up in the transaction of the change that registers the case, so numbers are unique and without gaps.
CREATE TABLE case_number_sequence (
    arrival_year  INT     NOT NULL PRIMARY KEY,
    last_number   BIGINT  NOT NULL CHECK (last_number >= 1)
);
