-- Funding of clusters per programme: the region's funding streams, each cluster's plan (planned and actual
-- amounts per stream and year, with the tapering plan of the region's base funding) and the programme's
-- envelopes per stream and year. All region-owned: tenant column, row-level security, audit tables.

CREATE TABLE funding_stream (
    id          uuid         PRIMARY KEY,
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    standard    varchar(40),
    name        varchar(200) NOT NULL,
    kind        varchar(20)  NOT NULL CHECK (kind IN ('REGIONAL', 'OTHER_PUBLIC', 'PRIVATE')),
    base        boolean      NOT NULL,
    sort_order  integer      NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX funding_stream_name_per_region ON funding_stream (region_code, lower(name));
CREATE UNIQUE INDEX funding_stream_standard_per_region ON funding_stream (region_code, standard);
GRANT SELECT, INSERT, UPDATE, DELETE ON funding_stream TO ${appRole};
ALTER TABLE funding_stream ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_stream FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_stream
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE funding_plan (
    id                  uuid         PRIMARY KEY,
    region_code         varchar(40)  NOT NULL REFERENCES region (code),
    programme_id        uuid         NOT NULL REFERENCES programme (id),
    cluster_id          uuid         NOT NULL REFERENCES cluster (id),
    taper_start_year    integer,
    taper_start_amount  bigint       CHECK (taper_start_amount >= 0),
    taper_end_year      integer,
    taper_floor_amount  bigint       CHECK (taper_floor_amount >= 0),
    taper_shape         varchar(20)  CHECK (taper_shape IN ('LINEAR', 'EQUAL_PERCENTAGE')),
    taper_rounding_unit bigint       CHECK (taper_rounding_unit >= 1),
    changed_at          timestamptz  NOT NULL,
    changed_by          varchar(200) NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    UNIQUE (programme_id, cluster_id),
    CHECK ((taper_start_year IS NULL) = (taper_shape IS NULL))
);
GRANT SELECT, INSERT, UPDATE, DELETE ON funding_plan TO ${appRole};
ALTER TABLE funding_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_plan
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE funding_amount (
    id          uuid        PRIMARY KEY,
    region_code varchar(40) NOT NULL REFERENCES region (code),
    plan_id     uuid        NOT NULL REFERENCES funding_plan (id),
    stream_id   uuid        NOT NULL REFERENCES funding_stream (id),
    year        integer     NOT NULL,
    planned     bigint      NOT NULL CHECK (planned >= 0),
    actual      bigint      CHECK (actual >= 0),
    version     bigint      NOT NULL DEFAULT 0,
    UNIQUE (plan_id, stream_id, year)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON funding_amount TO ${appRole};
ALTER TABLE funding_amount ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_amount FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_amount
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE funding_envelope (
    id           uuid        PRIMARY KEY,
    region_code  varchar(40) NOT NULL REFERENCES region (code),
    programme_id uuid        NOT NULL REFERENCES programme (id),
    stream_id    uuid        NOT NULL REFERENCES funding_stream (id),
    year         integer     NOT NULL,
    amount       bigint      NOT NULL CHECK (amount >= 0),
    version      bigint      NOT NULL DEFAULT 0,
    UNIQUE (programme_id, stream_id, year)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON funding_envelope TO ${appRole};
ALTER TABLE funding_envelope ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_envelope FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_envelope
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE funding_stream_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    standard    varchar(40),
    name        varchar(200),
    kind        varchar(20),
    base        boolean,
    sort_order  integer,
    PRIMARY KEY (id, rev)
);

CREATE TABLE funding_plan_aud (
    id                  uuid        NOT NULL,
    rev                 integer     NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    region_code         varchar(40),
    programme_id        uuid,
    cluster_id          uuid,
    taper_start_year    integer,
    taper_start_amount  bigint,
    taper_end_year      integer,
    taper_floor_amount  bigint,
    taper_shape         varchar(20),
    taper_rounding_unit bigint,
    changed_at          timestamptz,
    changed_by          varchar(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE funding_amount_aud (
    id          uuid        NOT NULL,
    rev         integer     NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    plan_id     uuid,
    stream_id   uuid,
    year        integer,
    planned     bigint,
    actual      bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE funding_envelope_aud (
    id           uuid        NOT NULL,
    rev          integer     NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    region_code  varchar(40),
    programme_id uuid,
    stream_id    uuid,
    year         integer,
    amount       bigint,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT ON funding_stream_aud TO ${appRole};
ALTER TABLE funding_stream_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_stream_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_stream_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON funding_plan_aud TO ${appRole};
ALTER TABLE funding_plan_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_plan_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_plan_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON funding_amount_aud TO ${appRole};
ALTER TABLE funding_amount_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_amount_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_amount_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON funding_envelope_aud TO ${appRole};
ALTER TABLE funding_envelope_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE funding_envelope_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON funding_envelope_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
