-- An officer may send a submitted assessment back to the cluster's manager, saying why; the latest such note is
-- kept with the assessment (earlier ones stay in the audit table).
ALTER TABLE assessment
    ADD COLUMN returned_at    timestamptz,
    ADD COLUMN returned_by    varchar(200),
    ADD COLUMN return_comment varchar(4000);
ALTER TABLE assessment_aud
    ADD COLUMN returned_at    timestamptz,
    ADD COLUMN returned_by    varchar(200),
    ADD COLUMN return_comment varchar(4000);
