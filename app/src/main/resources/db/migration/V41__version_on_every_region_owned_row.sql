-- Every region-owned entity extends RegionOwned (tenant id and optimistic lock): the rows that had no version yet get
-- one. History tables need none (Envers does not audit the version).
ALTER TABLE cluster_contact ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE cluster_member_organisation ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE cluster_manager ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE assessment_criterion_answer ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE assessment_horizontal_answer ADD COLUMN version bigint NOT NULL DEFAULT 0;
