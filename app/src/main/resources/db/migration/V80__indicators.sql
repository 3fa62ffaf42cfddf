-- Indicators followed over time (issue 12). All region-owned (make_region_owned of V40: @TenantId column, forced
-- row-level security and the region_isolation policy), also the _aud tables.

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
SELECT make_region_owned('indicator');

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
SELECT make_region_owned('indicator_aud', 'SELECT, INSERT');

-- A measurement date (a reporting round), e.g. the baseline 2004-01-01 and the follow-up 2005-12-31.
CREATE TABLE indicator_round (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    measured_on date          NOT NULL,
    name        varchar(200)  NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX indicator_round_date_per_region ON indicator_round (region_code, measured_on);
SELECT make_region_owned('indicator_round');

CREATE TABLE indicator_round_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    measured_on date,
    name        varchar(200),
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('indicator_round_aud', 'SELECT, INSERT');

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
SELECT make_region_owned('cluster_network');

CREATE TABLE cluster_network_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    cluster_id  uuid,
    name        varchar(200),
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('cluster_network_aud', 'SELECT, INSERT');

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
SELECT make_region_owned('indicator_value');

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
SELECT make_region_owned('indicator_value_aud', 'SELECT, INSERT');
