-- ECEI quality labels per cluster, the label goal per cluster and the Gold pre-assessment ratings.
-- All region-owned: @TenantId column, FORCE ROW LEVEL SECURITY and the region_isolation policy, also on _aud.

CREATE TABLE ecei_label (
    id               uuid         PRIMARY KEY,
    region_code      varchar(40)  NOT NULL REFERENCES region (code),
    cluster_id       uuid         NOT NULL REFERENCES cluster (id),
    level            varchar(10)  NOT NULL,
    assessed_on      date         NOT NULL,
    valid_until      date         NOT NULL,
    score_percent    integer,
    issuer_reference varchar(200),
    version          bigint       NOT NULL DEFAULT 0,
    CHECK (valid_until >= assessed_on),
    CHECK (score_percent IS NULL OR score_percent BETWEEN 0 AND 100)
);
CREATE INDEX ecei_label_cluster ON ecei_label (cluster_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON ecei_label TO ${appRole};
ALTER TABLE ecei_label ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecei_label FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON ecei_label
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE ecei_label_aud (
    id               uuid        NOT NULL,
    rev              integer     NOT NULL REFERENCES revinfo (rev),
    revtype          smallint,
    region_code      varchar(40),
    cluster_id       uuid,
    level            varchar(10),
    assessed_on      date,
    valid_until      date,
    score_percent    integer,
    issuer_reference varchar(200),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON ecei_label_aud TO ${appRole};
ALTER TABLE ecei_label_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE ecei_label_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON ecei_label_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- At most one label goal per cluster: the level it aims for and by when.
CREATE TABLE label_goal (
    cluster_id   uuid        PRIMARY KEY REFERENCES cluster (id),
    region_code  varchar(40) NOT NULL REFERENCES region (code),
    target_level varchar(10) NOT NULL,
    target_date  date        NOT NULL,
    version      bigint      NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE, DELETE ON label_goal TO ${appRole};
ALTER TABLE label_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE label_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON label_goal
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE label_goal_aud (
    cluster_id   uuid        NOT NULL,
    rev          integer     NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    region_code  varchar(40),
    target_level varchar(10),
    target_date  date,
    PRIMARY KEY (cluster_id, rev)
);
GRANT SELECT, INSERT ON label_goal_aud TO ${appRole};
ALTER TABLE label_goal_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE label_goal_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON label_goal_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

-- The cluster's own rating of one of the 31 Gold quality indicators (code such as '4.1.2').
CREATE TABLE gold_indicator_rating (
    cluster_id     uuid          NOT NULL REFERENCES cluster (id),
    indicator_code varchar(10)   NOT NULL,
    region_code    varchar(40)   NOT NULL REFERENCES region (code),
    rating         varchar(10)   NOT NULL,
    note           varchar(2000),
    version        bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (cluster_id, indicator_code)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON gold_indicator_rating TO ${appRole};
ALTER TABLE gold_indicator_rating ENABLE ROW LEVEL SECURITY;
ALTER TABLE gold_indicator_rating FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON gold_indicator_rating
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE gold_indicator_rating_aud (
    cluster_id     uuid          NOT NULL,
    indicator_code varchar(10)   NOT NULL,
    rev            integer       NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    region_code    varchar(40),
    rating         varchar(10),
    note           varchar(2000),
    PRIMARY KEY (cluster_id, indicator_code, rev)
);
GRANT SELECT, INSERT ON gold_indicator_rating_aud TO ${appRole};
ALTER TABLE gold_indicator_rating_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE gold_indicator_rating_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON gold_indicator_rating_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
