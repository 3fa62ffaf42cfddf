-- A region's cluster development programme (klusterutvecklingsprogram) over several years, and its clusters.
CREATE TABLE programme (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    name        varchar(200) NOT NULL,
    start_year  integer      NOT NULL,
    end_year    integer      NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    CHECK (end_year >= start_year)
);
CREATE UNIQUE INDEX programme_name_per_region ON programme (region_code, lower(name));
GRANT SELECT, INSERT, UPDATE, DELETE ON programme TO ${appRole};
ALTER TABLE programme ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- Hibernate writes no tenant column into element-collection tables: the region comes from the setting.
CREATE TABLE programme_cluster (
    programme_id uuid        NOT NULL REFERENCES programme (id),
    cluster_id   uuid        NOT NULL REFERENCES cluster (id),
    region_code  varchar(40) NOT NULL DEFAULT current_setting('app.region', true) REFERENCES region (code),
    PRIMARY KEY (programme_id, cluster_id)
);
GRANT SELECT, INSERT, DELETE ON programme_cluster TO ${appRole};
ALTER TABLE programme_cluster ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_cluster FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme_cluster
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE programme_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    name        varchar(200),
    start_year  integer,
    end_year    integer,
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON programme_aud TO ${appRole};
ALTER TABLE programme_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE programme_cluster_aud (
    rev          integer     NOT NULL REFERENCES revinfo (rev),
    programme_id uuid        NOT NULL,
    cluster_id   uuid        NOT NULL,
    revtype      smallint,
    region_code  varchar(40) NOT NULL DEFAULT current_setting('app.region', true),
    PRIMARY KEY (rev, programme_id, cluster_id)
);
GRANT SELECT, INSERT ON programme_cluster_aud TO ${appRole};
ALTER TABLE programme_cluster_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_cluster_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme_cluster_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
