-- Self-assessments in the phase model: rounds a region opens, one assessment per cluster and round (with the
-- framework version it was made with), the answers per criterion and per horizontal area. All region-owned:
-- region_code + row-level security, Envers history with region_code + row-level security.

CREATE TABLE assessment_round (
    id                uuid         PRIMARY KEY,
    region_code       varchar(40)  NOT NULL REFERENCES region (code),
    name              varchar(100) NOT NULL,
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    opened_at         timestamptz  NOT NULL,
    opened_by         varchar(200) NOT NULL,
    version           bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX assessment_round_name_per_region ON assessment_round (region_code, lower(name));

CREATE TABLE assessment (
    id                uuid         PRIMARY KEY,
    region_code       varchar(40)  NOT NULL REFERENCES region (code),
    round_id          uuid         NOT NULL REFERENCES assessment_round (id),
    cluster_id        uuid         NOT NULL REFERENCES cluster (id),
    framework_version integer      NOT NULL REFERENCES phase_model_framework (version),
    state             varchar(20)  NOT NULL,
    -- the cluster's letter when the matrix is shared without names: a random order fixed when the round opens
    letter            varchar(4)   NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(200) NOT NULL,
    submitted_at      timestamptz,
    submitted_by      varchar(200),
    fixed_at          timestamptz,
    fixed_by          varchar(200),
    version           bigint       NOT NULL DEFAULT 0,
    UNIQUE (round_id, cluster_id),
    UNIQUE (round_id, letter)
);
CREATE INDEX assessment_cluster ON assessment (cluster_id);

CREATE TABLE assessment_criterion_answer (
    id                 uuid         PRIMARY KEY,
    region_code        varchar(40)  NOT NULL REFERENCES region (code),
    assessment_id      uuid         NOT NULL REFERENCES assessment (id),
    criterion_code     varchar(10)  NOT NULL,
    met                boolean,
    evidence           text,
    link               varchar(500),
    -- set when the officer changed the answer in review: what the cluster had answered, and why it changed
    met_before_review  boolean,
    review_comment     text,
    UNIQUE (assessment_id, criterion_code)
);

CREATE TABLE assessment_horizontal_answer (
    id                  uuid        PRIMARY KEY,
    region_code         varchar(40) NOT NULL REFERENCES region (code),
    assessment_id       uuid        NOT NULL REFERENCES assessment (id),
    area_code           varchar(40) NOT NULL,
    level               integer CHECK (level BETWEEN 1 AND 9),
    analysis            text,
    activities          text,
    level_before_review integer,
    review_comment      text,
    UNIQUE (assessment_id, area_code)
);

CREATE TABLE assessment_round_aud (
    id                uuid        NOT NULL,
    rev               integer     NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    region_code       varchar(40),
    name              varchar(100),
    framework_version integer,
    opened_at         timestamptz,
    opened_by         varchar(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE assessment_aud (
    id                uuid        NOT NULL,
    rev               integer     NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    region_code       varchar(40),
    round_id          uuid,
    cluster_id        uuid,
    framework_version integer,
    state             varchar(20),
    letter            varchar(4),
    updated_at        timestamptz,
    updated_by        varchar(200),
    submitted_at      timestamptz,
    submitted_by      varchar(200),
    fixed_at          timestamptz,
    fixed_by          varchar(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE assessment_criterion_answer_aud (
    id                uuid        NOT NULL,
    rev               integer     NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    region_code       varchar(40),
    assessment_id     uuid,
    criterion_code    varchar(10),
    met               boolean,
    evidence          text,
    link              varchar(500),
    met_before_review boolean,
    review_comment    text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE assessment_horizontal_answer_aud (
    id                  uuid        NOT NULL,
    rev                 integer     NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    region_code         varchar(40),
    assessment_id       uuid,
    area_code           varchar(40),
    level               integer,
    analysis            text,
    activities          text,
    level_before_review integer,
    review_comment      text,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_round TO ${appRole};
ALTER TABLE assessment_round ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_round FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_round
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON assessment TO ${appRole};
ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_criterion_answer TO ${appRole};
ALTER TABLE assessment_criterion_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_criterion_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_criterion_answer
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_horizontal_answer TO ${appRole};
ALTER TABLE assessment_horizontal_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_horizontal_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_horizontal_answer
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON assessment_round_aud TO ${appRole};
ALTER TABLE assessment_round_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_round_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_round_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON assessment_aud TO ${appRole};
ALTER TABLE assessment_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON assessment_criterion_answer_aud TO ${appRole};
ALTER TABLE assessment_criterion_answer_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_criterion_answer_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_criterion_answer_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

GRANT SELECT, INSERT ON assessment_horizontal_answer_aud TO ${appRole};
ALTER TABLE assessment_horizontal_answer_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_horizontal_answer_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON assessment_horizontal_answer_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
