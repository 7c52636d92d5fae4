-- Grants decided on delegation, the delegation register, ideas, advisory cases, calls, the project bank and projects.

CREATE TABLE grant_scheme (
    scheme_year      INT           NOT NULL PRIMARY KEY,
    appropriation    BIGINT        NOT NULL CHECK (appropriation >= 0),
    minimum_amount   BIGINT        NOT NULL CHECK (minimum_amount >= 0),
    maximum_amount   BIGINT        NOT NULL,
    guidelines       VARCHAR(500)  NOT NULL,
    granted          BIGINT        NOT NULL,
    version          BIGINT        NOT NULL CHECK (version >= 1),
    CHECK (minimum_amount <= maximum_amount),
    -- GRA-BUDGET: the sum granted never exceeds the appropriation.
    CHECK (granted >= 0 AND granted <= appropriation)
);

CREATE TABLE delegation (
    id              UUID          NOT NULL PRIMARY KEY,
    delegate        VARCHAR(200)  NOT NULL,
    position        VARCHAR(200)  NOT NULL,
    from_committee  VARCHAR(200)  NOT NULL,
    matter          VARCHAR(50)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_until     DATE,
    version         BIGINT        NOT NULL CHECK (version >= 1),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE grant_application (
    id                   UUID          NOT NULL PRIMARY KEY,
    scheme_year          INT           NOT NULL,
    organisation_number  CHAR(10)      NOT NULL,
    organisation_name    VARCHAR(200)  NOT NULL,
    organisation_kind    VARCHAR(40)   NOT NULL,
    sector               VARCHAR(20)   NOT NULL,
    municipality         VARCHAR(20),
    status               VARCHAR(30)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT',
                                           'COMPLETION_REQUESTED', 'PROPOSAL_DRAFTED', 'DECIDED', 'WITHDRAWN')),
    submitted_on         DATE,
    project              VARCHAR(1000000) NOT NULL,
    handling_group       VARCHAR(1000000) NOT NULL,
    conflicts            VARCHAR(1000000) NOT NULL,
    judgements           VARCHAR(1000000) NOT NULL,
    applicant_meetings   VARCHAR(1000000) NOT NULL,
    completion_requests  VARCHAR(1000000) NOT NULL,
    proposal             VARCHAR(1000000),
    decided_on           DATE,
    outcome              VARCHAR(20)   CHECK (outcome IN ('GRANTED', 'REJECTED', 'REFERRED')),
    granted_amount       BIGINT        CHECK (granted_amount >= 0),
    delegation_id        UUID,
    decision             VARCHAR(1000000),
    ruleset_version      VARCHAR(100),
    evaluations          VARCHAR(1000000),
    version              BIGINT        NOT NULL CHECK (version >= 1),
    CHECK ((status = 'DECIDED') = (decided_on IS NOT NULL)),
    CHECK ((outcome = 'GRANTED') = (granted_amount IS NOT NULL))
);
CREATE INDEX grant_application_by_decision ON grant_application (decided_on);
CREATE INDEX grant_application_by_scheme ON grant_application (scheme_year, status);
CREATE INDEX grant_application_by_applicant ON grant_application (organisation_number);

CREATE TABLE idea (
    id             UUID           NOT NULL PRIMARY KEY,
    receipt        VARCHAR(100)   NOT NULL UNIQUE,
    source         VARCHAR(20)    NOT NULL CHECK (source IN ('CITIZEN', 'EMPLOYEE', 'POLITICIAN', 'ORGANISATION')),
    organisation   VARCHAR(200),
    -- Personal data (CON-3): only while the idea-giver wants to be answered; erased on request.
    contact_name   VARCHAR(200),
    contact_email  VARCHAR(254),
    challenge      VARCHAR(2000)  NOT NULL,
    description    VARCHAR(4000)  NOT NULL,
    municipality   VARCHAR(20),
    channel        VARCHAR(20)    NOT NULL CHECK (channel IN ('WEB_FORM', 'MUNICIPALITY', 'MEETING',
                                      'OUTREACH_EVENT')),
    channelled_by  VARCHAR(20),
    submitted_on   DATE           NOT NULL,
    triage         VARCHAR(1000000),
    version        BIGINT         NOT NULL CHECK (version >= 1),
    CHECK ((contact_name IS NULL) = (contact_email IS NULL))
);
CREATE INDEX idea_by_date ON idea (submitted_on);

CREATE TABLE advisory_case (
    id                   UUID           NOT NULL PRIMARY KEY,
    organisation_name    VARCHAR(200)   NOT NULL,
    organisation_number  CHAR(10),
    organisation_kind    VARCHAR(40)    NOT NULL,
    idea                 VARCHAR(4000)  NOT NULL,
    challenge            VARCHAR(2000)  NOT NULL,
    from_idea            UUID,
    referred_from        VARCHAR(1000000),
    advisers             VARCHAR(1000000) NOT NULL,
    outcomes             VARCHAR(1000000) NOT NULL,
    closed               BOOLEAN        NOT NULL,
    opened_on            DATE           NOT NULL,
    ruleset_version      VARCHAR(100)   NOT NULL,
    eligibility          VARCHAR(1000000) NOT NULL,
    version              BIGINT         NOT NULL CHECK (version >= 1)
);
CREATE INDEX advisory_case_by_date ON advisory_case (opened_on);

CREATE TABLE funding_call (
    id            UUID          NOT NULL PRIMARY KEY,
    funder        VARCHAR(200)  NOT NULL,
    programme     VARCHAR(300)  NOT NULL,
    deadline      DATE          NOT NULL,
    themes        VARCHAR(1000000) NOT NULL,
    published_on  DATE          NOT NULL,
    version       BIGINT        NOT NULL CHECK (version >= 1)
);
CREATE INDEX funding_call_by_deadline ON funding_call (deadline);

CREATE TABLE theme_interest (
    partner_id  UUID          NOT NULL PRIMARY KEY,
    themes      VARCHAR(1000000) NOT NULL,
    version     BIGINT        NOT NULL CHECK (version >= 1)
);

CREATE TABLE project_idea (
    id           UUID           NOT NULL PRIMARY KEY,
    theme        VARCHAR(100)   NOT NULL,
    title        VARCHAR(200)   NOT NULL,
    description  VARCHAR(4000)  NOT NULL,
    proposed_by  UUID,
    added_on     DATE           NOT NULL,
    version      BIGINT         NOT NULL CHECK (version >= 1)
);
CREATE INDEX project_idea_by_theme ON project_idea (theme);

CREATE TABLE project (
    id                 UUID           NOT NULL PRIMARY KEY,
    -- PRJ-1: always a partner, never the partnership.
    owner_id           UUID           NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        VARCHAR(4000)  NOT NULL,
    anchored_on        DATE,
    stakeholder_group  BOOLEAN        NOT NULL,
    version            BIGINT         NOT NULL CHECK (version >= 1),
    -- PRJ-2: the partnership backs only a project anchored with the committee.
    CHECK (NOT stakeholder_group OR anchored_on IS NOT NULL)
);
