-- Grant worklists read their page straight from an index in the listing's order: the handling group's and the
-- decider's queues by status, an applicant's own applications by organisation; then cases not arrived (drafts, and
-- cases stored before registration existed) first and the rest oldest arrival first, then by id.
CREATE INDEX grant_application_by_status_arrival ON grant_application (status, arrived_on NULLS FIRST, id);
CREATE INDEX grant_application_by_applicant_arrival
    ON grant_application (organisation_number, arrived_on NULLS FIRST, id);
