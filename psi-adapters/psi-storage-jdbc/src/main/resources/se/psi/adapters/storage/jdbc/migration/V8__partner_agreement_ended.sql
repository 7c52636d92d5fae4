-- MEM-8: a partner whose agreement ran out is recorded as AGREEMENT_ENDED. Like a partner that withdrew it is no
-- longer a party, so it holds no current_organisation and the organisation may apply to join again.
--
-- The closed set of statuses is a CHECK constraint that H2 and PostgreSQL name differently, so the table is built
-- anew with the wider set and every row copied as it is, rather than the constraint altered by name.
CREATE TABLE partner_next (
    id                   UUID          NOT NULL PRIMARY KEY,
    organisation_number  CHAR(10)      NOT NULL,
    -- Set while the partner is ACTIVE: an organisation has at most one such partner.
    current_organisation CHAR(10)      UNIQUE,
    organisation_name    VARCHAR(200)  NOT NULL,
    organisation_kind    VARCHAR(40)   NOT NULL CHECK (organisation_kind IN ('ASSOCIATION', 'FOUNDATION', 'STUDY_ASSOCIATION', 'FOLK_HIGH_SCHOOL', 'FAITH_COMMUNITY', 'SOCIAL_ENTERPRISE', 'COOPERATIVE', 'WORK_INTEGRATING_SOCIAL_ENTERPRISE', 'MUNICIPALITY', 'REGION', 'COORDINATION_ASSOCIATION', 'GOVERNMENT_AGENCY', 'UNIVERSITY', 'BUSINESS_NETWORK', 'COMPANY')),
    sector               VARCHAR(20)   NOT NULL CHECK (sector IN ('CIVIL_SOCIETY', 'SOCIAL_ECONOMY', 'PUBLIC', 'ACADEMIA', 'BUSINESS')),
    municipality         VARCHAR(20)   CHECK (municipality IN ('ASKERSUND', 'DEGERFORS', 'HALLSBERG', 'HALLEFORS', 'KARLSKOGA', 'KUMLA', 'LAXA', 'LEKEBERG', 'LINDESBERG', 'LJUSNARSBERG', 'NORA', 'OREBRO')),
    application_id       UUID          NOT NULL,
    admitted_on          DATE          NOT NULL,
    admitted_under       VARCHAR(100)  NOT NULL,
    agreement_ends_on    DATE,
    engagement           VARCHAR(20)   CHECK (engagement IN ('CORE', 'REGULAR', 'OCCASIONAL', 'INFORMED')),
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'AGREEMENT_ENDED')),
    withdrawn_on         DATE,
    version              BIGINT        NOT NULL CHECK (version >= 1),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL)),
    CHECK ((status = 'ACTIVE') = (current_organisation IS NOT NULL)),
    CHECK (status <> 'AGREEMENT_ENDED' OR agreement_ends_on IS NOT NULL)
);

INSERT INTO partner_next (id, organisation_number, current_organisation, organisation_name, organisation_kind,
        sector, municipality, application_id, admitted_on, admitted_under, agreement_ends_on, engagement, status,
        withdrawn_on, version)
    SELECT id, organisation_number, current_organisation, organisation_name, organisation_kind, sector,
        municipality, application_id, admitted_on, admitted_under, agreement_ends_on, engagement, status,
        withdrawn_on, version
    FROM partner;

DROP TABLE partner;
ALTER TABLE partner_next RENAME TO partner;

CREATE INDEX partner_by_name ON partner (organisation_name, id);
CREATE INDEX partner_by_sector ON partner (sector, organisation_name, id);
CREATE INDEX partner_by_status ON partner (status, organisation_name, id);
-- The daily job finds the active partners whose agreement ran out (MEM-8).
CREATE INDEX partner_by_agreement_end ON partner (status, agreement_ends_on, id);
