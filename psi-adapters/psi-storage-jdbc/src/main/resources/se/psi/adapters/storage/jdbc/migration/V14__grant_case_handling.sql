-- A grant case handled as a public authority must: kommunicering (GRA-10), the applicant's request for a decision
-- (GRA-11), the decision record beyond its outcome, and earlier versions of a corrected or changed decision (GRA-12,
-- GRA-15), each a JSON document; rows stored before have none, and read as before.
ALTER TABLE grant_application ADD COLUMN communication VARCHAR(100000);
ALTER TABLE grant_application ADD COLUMN communication_omitted VARCHAR(10000);
ALTER TABLE grant_application ADD COLUMN request_for_decision VARCHAR(10000);
ALTER TABLE grant_application ADD COLUMN decision_record VARCHAR(100000);
ALTER TABLE grant_application ADD COLUMN earlier_decisions VARCHAR(1000000);

-- GRA-14: a delegation's scope (scheme years, comma-separated; empty for every year), ceiling per decision and
-- revocation.
ALTER TABLE delegation ADD COLUMN scheme_years VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE delegation ADD COLUMN ceiling BIGINT CHECK (ceiling IS NULL OR ceiling > 0);
ALTER TABLE delegation ADD COLUMN revoked_on DATE;
ALTER TABLE delegation ADD COLUMN revocation_reason VARCHAR(1000);

-- GRA-11, GRA-12: the scheme's dated settings, added and never changed; the library's default is in force from 2015
-- until the Region adds its own (its lawyers decide the appeal information). Periods are ISO 8601 (P21D, P6M).
CREATE TABLE grant_scheme_setting (
    valid_from               DATE           NOT NULL PRIMARY KEY,
    appeal_route             VARCHAR(50)    NOT NULL,
    appeal_within            VARCHAR(20)    NOT NULL,
    appeal_text_sv           VARCHAR(4000)  NOT NULL,
    appeal_text_en           VARCHAR(4000)  NOT NULL,
    undecided_after          VARCHAR(20)    NOT NULL,
    request_answered_within  VARCHAR(20)    NOT NULL,
    version                  BIGINT         NOT NULL CHECK (version = 1)
);

INSERT INTO grant_scheme_setting (valid_from, appeal_route, appeal_within, appeal_text_sv, appeal_text_en,
    undecided_after, request_answered_within, version) VALUES (DATE '2015-01-01', 'LAGLIGHETSPROVNING', 'P21D',
    'Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. Överklagandet ska ha kommit in till förvaltningsrätten inom tre veckor från den dag då det tillkännagavs på regionens anslagstavla att protokollet där beslutet anmälts har justerats.',
    'The decision can be appealed by a review of its legality (laglighetsprövning) under chapter 13 of the Local Government Act. The appeal must reach the administrative court within three weeks of the day the Region''s notice board announced that the minutes reporting the decision were adjusted.',
    'P6M', 'P28D', 1);
