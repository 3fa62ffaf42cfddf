-- The cluster profile (issue 3): description, founding year, status dates, host organisation, web presence,
-- management staffing, ECCP registration, communication plan; the region's smart-specialisation areas and the
-- contact persons of a cluster.

ALTER TABLE cluster
    ADD COLUMN description                   varchar(2000),
    ADD COLUMN founding_year                 integer,
    ADD COLUMN set_up_since                  date,
    ADD COLUMN active_since                  date,
    ADD COLUMN closed_on                     date,
    ADD COLUMN host_organisation             varchar(200),
    ADD COLUMN host_org_number               varchar(11),
    ADD COLUMN website                       varchar(300),
    ADD COLUMN english_website               boolean NOT NULL DEFAULT false,
    ADD COLUMN management_fte                numeric(5, 2),
    ADD COLUMN eccp_registered               boolean NOT NULL DEFAULT false,
    ADD COLUMN eccp_registered_on            date,
    ADD COLUMN eccp_profile_url              varchar(300),
    ADD COLUMN communication_plan            boolean NOT NULL DEFAULT false,
    ADD COLUMN communication_plan_adopted_on date;

ALTER TABLE cluster_aud
    ADD COLUMN description                   varchar(2000),
    ADD COLUMN founding_year                 integer,
    ADD COLUMN set_up_since                  date,
    ADD COLUMN active_since                  date,
    ADD COLUMN closed_on                     date,
    ADD COLUMN host_organisation             varchar(200),
    ADD COLUMN host_org_number               varchar(11),
    ADD COLUMN website                       varchar(300),
    ADD COLUMN english_website               boolean,
    ADD COLUMN management_fte                numeric(5, 2),
    ADD COLUMN eccp_registered               boolean,
    ADD COLUMN eccp_registered_on            date,
    ADD COLUMN eccp_profile_url              varchar(300),
    ADD COLUMN communication_plan            boolean,
    ADD COLUMN communication_plan_adopted_on date;

-- The smart-specialisation areas a region's innovation strategy names (Skåne: smart materials, ...).
CREATE TABLE smart_specialisation_area (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    name        varchar(200) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX smart_specialisation_area_name_per_region ON smart_specialisation_area (region_code, lower(name));
GRANT SELECT, INSERT, UPDATE ON smart_specialisation_area TO ${appRole};
ALTER TABLE smart_specialisation_area ENABLE ROW LEVEL SECURITY;
ALTER TABLE smart_specialisation_area FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON smart_specialisation_area
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE smart_specialisation_area_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    name        varchar(200),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON smart_specialisation_area_aud TO ${appRole};
ALTER TABLE smart_specialisation_area_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE smart_specialisation_area_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON smart_specialisation_area_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- Which areas a cluster serves (an element collection of the cluster: the region comes from the setting).
CREATE TABLE cluster_area (
    cluster_id  uuid        NOT NULL REFERENCES cluster (id),
    area_id     uuid        NOT NULL REFERENCES smart_specialisation_area (id),
    region_code varchar(40) NOT NULL DEFAULT current_setting('app.region', true) REFERENCES region (code),
    PRIMARY KEY (cluster_id, area_id)
);
GRANT SELECT, INSERT, DELETE ON cluster_area TO ${appRole};
ALTER TABLE cluster_area ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_area FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_area
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_area_aud (
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    cluster_id  uuid        NOT NULL,
    area_id     uuid        NOT NULL,
    revtype     smallint,
    region_code varchar(40) NOT NULL DEFAULT current_setting('app.region', true),
    PRIMARY KEY (rev, cluster_id, area_id)
);
GRANT SELECT, INSERT ON cluster_area_aud TO ${appRole};
ALTER TABLE cluster_area_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_area_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_area_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- Contact persons: personal data, shown only to roles with the permission contact.view.
CREATE TABLE cluster_contact (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    cluster_id  uuid         NOT NULL REFERENCES cluster (id),
    position    integer      NOT NULL,
    name        varchar(200) NOT NULL,
    title       varchar(200),
    email       varchar(200),
    phone       varchar(40)
);
CREATE INDEX cluster_contact_cluster ON cluster_contact (cluster_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON cluster_contact TO ${appRole};
ALTER TABLE cluster_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_contact
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_contact_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    cluster_id  uuid,
    position    integer,
    name        varchar(200),
    title       varchar(200),
    email       varchar(200),
    phone       varchar(40),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON cluster_contact_aud TO ${appRole};
ALTER TABLE cluster_contact_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_contact_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_contact_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
