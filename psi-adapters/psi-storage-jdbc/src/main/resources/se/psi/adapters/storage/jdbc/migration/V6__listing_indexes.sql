-- Listings read their first page straight from an index in the listing's order, and yearly counts read only an
-- index, so that both cost the same with a thousand rows stored as with a million.

-- Partners are listed by name then id, within a sector or a status.
DROP INDEX partner_by_sector;
DROP INDEX partner_by_status;
CREATE INDEX partner_by_sector ON partner (sector, organisation_name, id);
CREATE INDEX partner_by_status ON partner (status, organisation_name, id);

-- Membership applications are listed oldest submitted first, then by id, all or of one status; the yearly
-- follow-up counts a year's applications by status.
DROP INDEX membership_application_by_status;
CREATE INDEX membership_application_by_status ON membership_application (status, submitted_on, id);
CREATE INDEX membership_application_by_submitted ON membership_application (submitted_on, id, status);
