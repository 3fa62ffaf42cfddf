-- Indicators followed over time (issue 12). All region-owned: @TenantId column, FORCE ROW LEVEL SECURITY and the
-- region_isolation policy, also on the _aud tables (the way V1-V33 do it).

-- The region's indicator catalogue. gender: NULL (a total or not broken down), MEN or WOMEN (then total_id is the
-- indicator it breaks down); summable: whether adding the clusters' values makes sense.
CREATE TABLE indicator (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    name_sv     varchar(300)  NOT NULL,
    name_en     varchar(300),
    unit        varchar(40),
    definition  varchar(2000),
    gender      varchar(10),
    total_id    uuid,
    summable    boolean       NOT NULL,
    sort_order  integer       NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (total_id) REFERENCES indicator (id)
);
CREATE UNIQUE INDEX indicator_name_per_region ON indicator (region_code, lower(name_sv));
GRANT SELECT, INSERT, UPDATE, DELETE ON indicator TO ${appRole};
ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE indicator_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    name_sv     varchar(300),
    name_en     varchar(300),
    unit        varchar(40),
    definition  varchar(2000),
    gender      varchar(10),
    total_id    uuid,
    summable    boolean,
    sort_order  integer,
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON indicator_aud TO ${appRole};
ALTER TABLE indicator_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- A measurement date (a reporting round), e.g. the baseline 2004-01-01 and the follow-up 2005-12-31.
CREATE TABLE indicator_round (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    measured_on date          NOT NULL,
    name        varchar(200)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX indicator_round_date_per_region ON indicator_round (region_code, measured_on);
GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_round TO ${appRole};
ALTER TABLE indicator_round ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_round FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator_round
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE indicator_round_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    measured_on date,
    name        varchar(200),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON indicator_round_aud TO ${appRole};
ALTER TABLE indicator_round_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_round_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator_round_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- A network under a cluster, which may report its own indicator values.
CREATE TABLE cluster_network (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    cluster_id  uuid          NOT NULL,
    name        varchar(200)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (cluster_id) REFERENCES cluster (id)
);
CREATE UNIQUE INDEX cluster_network_name ON cluster_network (cluster_id, lower(name));
GRANT SELECT, INSERT, UPDATE, DELETE ON cluster_network TO ${appRole};
ALTER TABLE cluster_network ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_network FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_network
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE cluster_network_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    cluster_id  uuid,
    name        varchar(200),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON cluster_network_aud TO ${appRole};
ALTER TABLE cluster_network_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_network_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_network_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- A value as reported (text) and as understood (kind and exact numbers; parts of a sum as '11+26+50'), per cluster
-- or network under it, indicator and round; the difference the reporter wrote against an earlier round is kept as text.
CREATE TABLE indicator_value (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    cluster_id  uuid          NOT NULL,
    network_id  uuid,
    indicator_id uuid         NOT NULL,
    round_id    uuid          NOT NULL,
    text        varchar(200)  NOT NULL,
    kind        varchar(20)   NOT NULL,
    value       numeric,
    low         numeric,
    high        numeric,
    parts       varchar(400),
    alternative numeric,
    review      boolean       NOT NULL,
    reported_difference varchar(200),
    difference_from_round_id uuid,
    version     bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    FOREIGN KEY (network_id) REFERENCES cluster_network (id),
    FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    FOREIGN KEY (round_id) REFERENCES indicator_round (id),
    FOREIGN KEY (difference_from_round_id) REFERENCES indicator_round (id),
    CHECK (kind IN ('EXACT', 'APPROXIMATE', 'RANGE', 'AT_LEAST', 'SUM', 'UNCERTAIN', 'WITH_ALTERNATIVE',
                    'NOT_AVAILABLE', 'NOT_REPORTED'))
);
CREATE UNIQUE INDEX indicator_value_cell ON indicator_value
    (indicator_id, round_id, cluster_id, coalesce(network_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX indicator_value_cluster ON indicator_value (cluster_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_value TO ${appRole};
ALTER TABLE indicator_value ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_value FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator_value
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE indicator_value_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    cluster_id  uuid,
    network_id  uuid,
    indicator_id uuid,
    round_id    uuid,
    text        varchar(200),
    kind        varchar(20),
    value       numeric,
    low         numeric,
    high        numeric,
    parts       varchar(400),
    alternative numeric,
    review      boolean,
    reported_difference varchar(200),
    difference_from_round_id uuid,
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON indicator_value_aud TO ${appRole};
ALTER TABLE indicator_value_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_value_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON indicator_value_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
