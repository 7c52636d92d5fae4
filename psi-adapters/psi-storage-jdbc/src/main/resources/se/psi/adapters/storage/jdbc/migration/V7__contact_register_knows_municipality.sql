-- CON-4: whether a municipality's contact must be an official is judged under the ruleset in force on the day of
-- each appointment (MEM-6 duties belong to the 2016 agreement only), so the register keeps the fact that rule reads,
-- whether the partner is a municipality, instead of the requirement as it stood at admission.
ALTER TABLE partner_contact ADD COLUMN municipality BOOLEAN;

-- Every register was opened for a partner of the same storage; a register without one keeps what it had.
UPDATE partner_contact SET municipality = COALESCE(
    (SELECT p.organisation_kind = 'MUNICIPALITY' FROM partner p WHERE p.id = partner_contact.partner_id),
    official_required);

ALTER TABLE partner_contact ALTER COLUMN municipality SET NOT NULL;
ALTER TABLE partner_contact DROP COLUMN official_required;
