-- Members over time: counts per year and member type, and optionally the named member organisations.

CREATE TABLE cluster_member_year (
    id            uuid        PRIMARY KEY,
    region_code   varchar(40) NOT NULL REFERENCES region (code),
    cluster_id    uuid        NOT NULL REFERENCES cluster (id),
    year          integer     NOT NULL,
    sme           integer     NOT NULL DEFAULT 0 CHECK (sme >= 0),
    large_company integer     NOT NULL DEFAULT 0 CHECK (large_company >= 0),
    academia      integer     NOT NULL DEFAULT 0 CHECK (academia >= 0),
    public_sector integer     NOT NULL DEFAULT 0 CHECK (public_sector >= 0),
    other         integer     NOT NULL DEFAULT 0 CHECK (other >= 0),
    version       bigint      NOT NULL DEFAULT 0,
    UNIQUE (cluster_id, year)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON cluster_member_year TO ${appRole};
ALTER TABLE cluster_member_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_member_year FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_member_year
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_member_year_aud (
    id            uuid        NOT NULL,
    rev           integer     NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    region_code   varchar(40),
    cluster_id    uuid,
    year          integer,
    sme           integer,
    large_company integer,
    academia      integer,
    public_sector integer,
    other         integer,
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON cluster_member_year_aud TO ${appRole};
ALTER TABLE cluster_member_year_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_member_year_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_member_year_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_member_organisation (
    id           uuid         PRIMARY KEY,
    region_code  varchar(40)  NOT NULL REFERENCES region (code),
    cluster_id   uuid         NOT NULL REFERENCES cluster (id),
    name         varchar(200) NOT NULL,
    member_type  varchar(20)  NOT NULL,
    member_since integer
);
CREATE INDEX cluster_member_organisation_cluster ON cluster_member_organisation (cluster_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON cluster_member_organisation TO ${appRole};
ALTER TABLE cluster_member_organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_member_organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_member_organisation
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_member_organisation_aud (
    id           uuid        NOT NULL,
    rev          integer     NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    region_code  varchar(40),
    cluster_id   uuid,
    name         varchar(200),
    member_type  varchar(20),
    member_since integer,
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON cluster_member_organisation_aud TO ${appRole};
ALTER TABLE cluster_member_organisation_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_member_organisation_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_member_organisation_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
