-- The partnership's storage: one schema for PostgreSQL and H2. Each aggregate has a root table with a version
-- column (optimistic locking) and child tables with foreign keys to it; aggregates refer to each other by id only,
-- so that each can be stored by its own port. Closed sets of the domain are CHECK constraints.

CREATE TABLE membership_application (
    id                        UUID          NOT NULL PRIMARY KEY,
    organisation_number       CHAR(10)      NOT NULL,
    organisation_name         VARCHAR(200)  NOT NULL,
    organisation_kind         VARCHAR(40)   NOT NULL CHECK (organisation_kind IN ('ASSOCIATION', 'FOUNDATION', 'STUDY_ASSOCIATION', 'FOLK_HIGH_SCHOOL', 'FAITH_COMMUNITY', 'SOCIAL_ENTERPRISE', 'COOPERATIVE', 'WORK_INTEGRATING_SOCIAL_ENTERPRISE', 'MUNICIPALITY', 'REGION', 'COORDINATION_ASSOCIATION', 'GOVERNMENT_AGENCY', 'UNIVERSITY', 'BUSINESS_NETWORK', 'COMPANY')),
    sector                    VARCHAR(20)   NOT NULL CHECK (sector IN ('CIVIL_SOCIETY', 'SOCIAL_ECONOMY', 'PUBLIC', 'ACADEMIA', 'BUSINESS')),
    municipality              VARCHAR(20)   CHECK (municipality IN ('ASKERSUND', 'DEGERFORS', 'HALLSBERG', 'HALLEFORS', 'KARLSKOGA', 'KUMLA', 'LAXA', 'LEKEBERG', 'LINDESBERG', 'LJUSNARSBERG', 'NORA', 'OREBRO')),
    board_decision_date       DATE,
    board_decision_body       VARCHAR(200),
    board_decision_reference  VARCHAR(100),
    contact_person_id         UUID,
    contact_name              VARCHAR(200),
    contact_role              VARCHAR(200),
    contact_email             VARCHAR(254),
    contact_phone             VARCHAR(40),
    contact_official          BOOLEAN,
    contact_erased            BOOLEAN,
    political_assembly        VARCHAR(200),
    engagement                VARCHAR(20)   CHECK (engagement IN ('CORE', 'REGULAR', 'OCCASIONAL', 'INFORMED')),
    submitted_on              DATE          NOT NULL,
    status                    VARCHAR(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'INCOMPLETE', 'ADMITTED', 'REFUSED')),
    version                   BIGINT        NOT NULL CHECK (version >= 1),
    CHECK ((board_decision_date IS NULL) = (board_decision_body IS NULL)),
    CHECK ((contact_person_id IS NULL) = (contact_name IS NULL))
);
CREATE INDEX membership_application_by_organisation ON membership_application (organisation_number);
CREATE INDEX membership_application_by_status ON membership_application (status, submitted_on);

CREATE TABLE membership_decision (
    application_id   UUID           NOT NULL REFERENCES membership_application (id) ON DELETE CASCADE,
    seq              INT            NOT NULL CHECK (seq >= 0),
    outcome          VARCHAR(20)    NOT NULL CHECK (outcome IN ('ADMITTED', 'INCOMPLETE', 'REFUSED')),
    decided_on       DATE           NOT NULL,
    decided_by       VARCHAR(200)   NOT NULL,
    ruleset_version  VARCHAR(100)   NOT NULL,
    partner_id       UUID,
    evaluations      VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (application_id, seq),
    CHECK ((outcome = 'ADMITTED') = (partner_id IS NOT NULL))
);

CREATE TABLE partner (
    id                   UUID          NOT NULL PRIMARY KEY,
    organisation_number  CHAR(10)      NOT NULL,
    -- Set while the partner has not withdrawn: an organisation has at most one such partner.
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
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    withdrawn_on         DATE,
    version              BIGINT        NOT NULL CHECK (version >= 1),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_on IS NOT NULL)),
    CHECK ((status = 'ACTIVE') = (current_organisation IS NOT NULL))
);
CREATE INDEX partner_by_name ON partner (organisation_name, id);
CREATE INDEX partner_by_sector ON partner (sector, status, organisation_name);
CREATE INDEX partner_by_status ON partner (status, organisation_name);

CREATE TABLE partner_contact (
    partner_id             UUID      NOT NULL PRIMARY KEY,
    organisation_number    CHAR(10)  NOT NULL,
    official_required      BOOLEAN   NOT NULL,
    vacancy_since          DATE,
    vacancy_last_reminded  DATE,
    active                 BOOLEAN   NOT NULL,
    version                BIGINT    NOT NULL CHECK (version >= 1)
);
CREATE INDEX partner_contact_by_vacancy ON partner_contact (active, vacancy_since);

-- Personal data (CON-3): name, role, e-mail and phone only; blanked when erased.
CREATE TABLE contact_appointment (
    contact_person_id  UUID          NOT NULL PRIMARY KEY,
    partner_id         UUID          NOT NULL REFERENCES partner_contact (partner_id) ON DELETE CASCADE,
    seq                INT           NOT NULL CHECK (seq >= 0),
    is_current         BOOLEAN       NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    role               VARCHAR(200)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    phone              VARCHAR(40),
    official           BOOLEAN       NOT NULL,
    erased             BOOLEAN       NOT NULL,
    from_date          DATE          NOT NULL,
    until_date         DATE,
    UNIQUE (partner_id, seq),
    CHECK (is_current = (until_date IS NULL)),
    CHECK (NOT erased OR (name = '' AND email = '' AND phone IS NULL))
);

CREATE TABLE working_committee (
    partnership     VARCHAR(100)  NOT NULL PRIMARY KEY,
    out_of_balance  BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL CHECK (version >= 1)
);

CREATE TABLE committee_seat (
    partnership     VARCHAR(100)  NOT NULL REFERENCES working_committee (partnership) ON DELETE CASCADE,
    partner_id      UUID          NOT NULL,
    seq             INT           NOT NULL CHECK (seq >= 0),
    sector          VARCHAR(20)   NOT NULL CHECK (sector IN ('CIVIL_SOCIETY', 'SOCIAL_ECONOMY', 'PUBLIC', 'ACADEMIA', 'BUSINESS')),
    representative  VARCHAR(100),
    since           DATE          NOT NULL,
    PRIMARY KEY (partnership, partner_id),
    UNIQUE (partnership, seq)
);

-- Append-only: ids only, never personal data.
CREATE TABLE audit_entry (
    id               UUID                      NOT NULL PRIMARY KEY,
    at               TIMESTAMP WITH TIME ZONE  NOT NULL,
    actor_person_id  VARCHAR(200)              NOT NULL,
    use_case         VARCHAR(100)              NOT NULL,
    resource_type    VARCHAR(100)              NOT NULL,
    resource_id      VARCHAR(100)              NOT NULL,
    outcome          VARCHAR(100)              NOT NULL
);
CREATE INDEX audit_entry_by_time ON audit_entry (at);

-- The transactional outbox: written in the same transaction as the change, published afterwards at least once.
CREATE TABLE outbox (
    position        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id        UUID                      NOT NULL UNIQUE,
    aggregate_type  VARCHAR(100)              NOT NULL,
    aggregate_id    VARCHAR(100)              NOT NULL,
    event_type      VARCHAR(100)              NOT NULL,
    payload         VARCHAR(1000000)          NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE  NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_unpublished ON outbox (published_at, position);
