-- A documentation template is known in events and the audit trail as its name and version ("name@version"): a name
-- of the documented 100 characters, "@" and a version of up to 19 digits need 120, more than the 100 these held.
ALTER TABLE outbox ALTER COLUMN aggregate_id SET DATA TYPE VARCHAR(200);
ALTER TABLE audit_entry ALTER COLUMN resource_id SET DATA TYPE VARCHAR(200);
