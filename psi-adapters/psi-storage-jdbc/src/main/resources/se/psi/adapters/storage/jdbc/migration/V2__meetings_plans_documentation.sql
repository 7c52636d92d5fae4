-- Meetings, presentations owed, operational plans, activity lists and documentation of social innovations.
-- Every column a query uses is a column; lists of small values inside an aggregate (agenda, registrations, goals,
-- activities, template fields, answers) are JSON documents, read and written whole with their aggregate.

CREATE TABLE meeting (
    id             UUID           NOT NULL PRIMARY KEY,
    format         VARCHAR(30)    NOT NULL CHECK (format IN ('GENERAL_MEETING', 'PUBLIC_DIALOGUE', 'STUDY_CIRCLE',
                                      'DIALOGUE_MEETING', 'WORKSHOP', 'LEARNING_SEMINAR', 'COORDINATION_MEETING')),
    title          VARCHAR(200)   NOT NULL,
    meeting_date   DATE           NOT NULL,
    -- NULL for a digital meeting.
    municipality   VARCHAR(20)    CHECK (municipality IN ('ASKERSUND', 'DEGERFORS', 'HALLSBERG', 'HALLEFORS',
                                      'KARLSKOGA', 'KUMLA', 'LAXA', 'LEKEBERG', 'LINDESBERG', 'LJUSNARSBERG', 'NORA',
                                      'OREBRO')),
    responsible    VARCHAR(200),
    status         VARCHAR(20)    NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    agenda         VARCHAR(1000000) NOT NULL,
    registrations  VARCHAR(1000000) NOT NULL,
    speakers       VARCHAR(1000000) NOT NULL,
    attendance     VARCHAR(1000000) NOT NULL,
    decisions      VARCHAR(1000000) NOT NULL,
    version        BIGINT         NOT NULL CHECK (version >= 1)
);
CREATE INDEX meeting_by_date ON meeting (meeting_date, format);

CREATE TABLE presentation_obligation (
    id                 UUID          NOT NULL PRIMARY KEY,
    project_reference  VARCHAR(100)  NOT NULL,
    project_title      VARCHAR(300)  NOT NULL,
    owed_since         DATE          NOT NULL,
    dialogue_id        UUID,
    status             VARCHAR(20)   NOT NULL CHECK (status IN ('OWED', 'SCHEDULED', 'FULFILLED')),
    version            BIGINT        NOT NULL CHECK (version >= 1),
    CHECK ((status = 'OWED') = (dialogue_id IS NULL))
);
CREATE INDEX presentation_obligation_by_status ON presentation_obligation (status, owed_since);

CREATE TABLE operational_plan (
    id          UUID          NOT NULL PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    from_year   INT           NOT NULL,
    to_year     INT           NOT NULL,
    goals       VARCHAR(1000000) NOT NULL,
    adopted_by  UUID,
    adopted_on  DATE,
    version     BIGINT        NOT NULL CHECK (version >= 1),
    CHECK (to_year >= from_year),
    CHECK ((adopted_by IS NULL) = (adopted_on IS NULL))
);

CREATE TABLE activity_list (
    list_year   INT           NOT NULL PRIMARY KEY,
    plan_id     UUID          NOT NULL,
    activities  VARCHAR(1000000) NOT NULL,
    version     BIGINT        NOT NULL CHECK (version >= 1)
);

CREATE TABLE documentation_template (
    name              VARCHAR(100)  NOT NULL,
    template_version  INT           NOT NULL CHECK (template_version >= 1),
    fields            VARCHAR(1000000) NOT NULL,
    published_on      DATE          NOT NULL,
    PRIMARY KEY (name, template_version)
);

CREATE TABLE innovation_record (
    id                UUID           NOT NULL PRIMARY KEY,
    template_name     VARCHAR(100)   NOT NULL,
    template_version  INT            NOT NULL,
    challenge         VARCHAR(4000)  NOT NULL,
    innovation        VARCHAR(4000)  NOT NULL,
    origin            VARCHAR(20)    NOT NULL CHECK (origin IN ('NON_PROFIT', 'PUBLIC', 'PRIVATE', 'CITIZENS')),
    actors            VARCHAR(1000000) NOT NULL,
    priority_areas    VARCHAR(1000000) NOT NULL,
    results           VARCHAR(4000)  NOT NULL,
    answers           VARCHAR(1000000) NOT NULL,
    recorded_on       DATE           NOT NULL,
    version           BIGINT         NOT NULL CHECK (version >= 1)
);
CREATE INDEX innovation_record_by_date ON innovation_record (recorded_on);
