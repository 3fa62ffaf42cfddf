-- Anonymised comparison across regions (issue #13, ADR 0070).
--
-- 1. Whether a region takes part: region-owned (the region's own setting, changed by its programme officer),
--    row-level security like every region-owned table, history in _aud (who, region, when UTC from revinfo; what).
CREATE TABLE comparison_participation (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL UNIQUE REFERENCES region (code),
    opted_in    boolean      NOT NULL,
    changed_at  timestamptz  NOT NULL,
    changed_by  varchar(200) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
SELECT make_region_owned('comparison_participation');

CREATE TABLE comparison_participation_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    opted_in    boolean,
    changed_at  timestamptz,
    changed_by  varchar(200),
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('comparison_participation_aud', 'SELECT, INSERT');

-- 2. A region's own figures as the last computation saw them (region-owned: only the region reads its own).
CREATE TABLE comparison_own_figure (
    id            uuid          PRIMARY KEY,
    region_code   varchar(40)   NOT NULL REFERENCES region (code),
    metric        varchar(40)   NOT NULL,
    category      varchar(40)   NOT NULL,
    value         numeric(9, 2),
    cluster_count integer       NOT NULL,
    computed_at   timestamptz   NOT NULL,
    version       bigint        NOT NULL DEFAULT 0,
    UNIQUE (region_code, metric, category)
);
SELECT make_region_owned('comparison_own_figure');

CREATE TABLE comparison_own_figure_aud (
    id            uuid        NOT NULL,
    rev           integer     NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    region_code   varchar(40),
    metric        varchar(40),
    category      varchar(40),
    value         numeric(9, 2),
    cluster_count integer,
    computed_at   timestamptz,
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('comparison_own_figure_aud', 'SELECT, INSERT');

-- 3. The anonymised aggregate across the opted-in regions: platform data, deliberately WITHOUT a region or cluster
--    column (nothing in a row says whose figures they are). A suppressed figure keeps no value and no counts.
CREATE TABLE comparison_aggregate (
    metric        varchar(40)   NOT NULL,
    category      varchar(40)   NOT NULL,
    suppressed    boolean       NOT NULL,
    value         numeric(9, 2),
    cluster_count integer,
    region_count  integer,
    computed_at   timestamptz   NOT NULL,
    PRIMARY KEY (metric, category),
    CHECK (NOT suppressed OR (value IS NULL AND cluster_count IS NULL AND region_count IS NULL))
);
GRANT SELECT, INSERT, DELETE ON comparison_aggregate TO ${appRole};
