-- Names sort as Swedish readers expect (a … z, å, ä, ö; case does not put "Zeta" before "aby") wherever the
-- database orders them. ICU's Swedish collation, the same order the UI's java.text.Collator for sv gives.
CREATE COLLATION IF NOT EXISTS swedish (provider = icu, locale = 'sv-SE');

ALTER TABLE region ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
ALTER TABLE cluster ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
ALTER TABLE cluster ALTER COLUMN sector TYPE varchar(200) COLLATE swedish;
ALTER TABLE programme ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
ALTER TABLE smart_specialisation_area ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
ALTER TABLE cluster_member_organisation ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
ALTER TABLE funding_stream ALTER COLUMN name TYPE varchar(200) COLLATE swedish;
