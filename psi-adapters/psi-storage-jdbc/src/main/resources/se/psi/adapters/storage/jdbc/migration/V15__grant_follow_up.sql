-- GRA-17: a grant after its decision, one follow-up per granted application; and the scheme year's figures of what
-- was paid out and repaid beside what was granted.
ALTER TABLE grant_scheme ADD COLUMN paid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE grant_scheme ADD COLUMN repaid BIGINT NOT NULL DEFAULT 0;
-- GRA-17: the sum paid never exceeds the sum granted, the sum repaid never the sum paid.
ALTER TABLE grant_scheme ADD CONSTRAINT grant_scheme_paid_within_granted
    CHECK (paid >= 0 AND paid <= granted AND repaid >= 0 AND repaid <= paid);

CREATE TABLE grant_follow_up (
    application_id          UUID             NOT NULL PRIMARY KEY,
    scheme_year             INT              NOT NULL,
    grantee                 CHAR(10)         NOT NULL,
    project_title           VARCHAR(1000)    NOT NULL,
    granted                 BIGINT           NOT NULL CHECK (granted >= 0),
    paid                    BIGINT           NOT NULL,
    claimed                 BIGINT           NOT NULL,
    repaid                  BIGINT           NOT NULL,
    report_due              DATE             NOT NULL,
    -- The day the daily job first reminds the grantee of the report: report_due less the lead days.
    first_reminder          DATE             NOT NULL,
    co_financing_required   BIGINT           NOT NULL CHECK (co_financing_required >= 0),
    reminder_lead_days      INT              NOT NULL CHECK (reminder_lead_days >= 0),
    reminder_interval_days  INT              NOT NULL CHECK (reminder_interval_days >= 1),
    opened_on               DATE             NOT NULL,
    reported                BOOLEAN          NOT NULL,
    acceptance              VARCHAR(1000000),
    payouts                 VARCHAR(1000000) NOT NULL,
    changes                 VARCHAR(1000000) NOT NULL,
    report                  VARCHAR(1000000),
    report_ruleset_version  VARCHAR(100),
    report_evaluations      VARCHAR(1000000),
    reminders               VARCHAR(1000000) NOT NULL,
    claims                  VARCHAR(1000000) NOT NULL,
    version                 BIGINT           NOT NULL CHECK (version >= 1),
    -- GRA-17: never more paid than granted, never more claimed back than paid, never more repaid than claimed.
    CHECK (paid >= 0 AND paid <= granted),
    CHECK (claimed >= 0 AND claimed <= paid),
    CHECK (repaid >= 0 AND repaid <= claimed),
    CHECK (reported = (report IS NOT NULL))
);
CREATE INDEX grant_follow_up_awaiting_report ON grant_follow_up (reported, first_reminder);

-- GRA-8: the follow-up shows the presentation its project owes, found by the project.
CREATE INDEX presentation_obligation_by_project ON presentation_obligation (project_reference);
