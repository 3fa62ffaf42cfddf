-- Runs as the owner role. The application connects as ${appRole}: no owner, no BYPASSRLS.
-- Region-owned tables: a region_code column, FORCE ROW LEVEL SECURITY and a policy comparing the row's region
-- with the transaction-local setting app.region (empty when no region is set: then no row passes).

GRANT USAGE ON SCHEMA public TO ${appRole};

CREATE TABLE region (
    code       varchar(40)  PRIMARY KEY,
    name       varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE ON region TO ${appRole};

CREATE TABLE cluster (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    name        varchar(200) NOT NULL,
    sector      varchar(200),
    county      varchar(40),
    status      varchar(20)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX cluster_name_per_region ON cluster (region_code, lower(name));
GRANT SELECT, INSERT, UPDATE, DELETE ON cluster TO ${appRole};
ALTER TABLE cluster ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- Envers: one revision per audited transaction, with who and which region (none for platform-level changes).
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 50;
GRANT USAGE, SELECT ON SEQUENCE revinfo_seq TO ${appRole};
CREATE TABLE revinfo (
    rev         integer      PRIMARY KEY,
    revtstmp    bigint       NOT NULL,
    username    varchar(200) NOT NULL,
    region_code varchar(40)  REFERENCES region (code)
);
GRANT SELECT, INSERT ON revinfo TO ${appRole};
ALTER TABLE revinfo ENABLE ROW LEVEL SECURITY;
ALTER TABLE revinfo FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON revinfo
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (coalesce(region_code, '') = coalesce(current_setting('app.region', true), ''));

CREATE TABLE cluster_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    name        varchar(200),
    sector      varchar(200),
    county      varchar(40),
    status      varchar(20),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON cluster_aud TO ${appRole};
ALTER TABLE cluster_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
