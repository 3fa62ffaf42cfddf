-- One answer model (issue 10): a criterion's answer and a horizontal area's answer are one row kind of
-- assessment_answer. The value sits in the column of its kind (met for a criterion, level for an area); text is a
-- criterion's evidence or an area's analysis, detail a criterion's link or an area's activities. Existing answers
-- and their history move over with their ids and revisions; the two old tables go.

CREATE TABLE assessment_answer (
    id                  uuid        PRIMARY KEY,
    region_code         varchar(40) NOT NULL REFERENCES region (code),
    assessment_id       uuid        NOT NULL REFERENCES assessment (id),
    kind                varchar(10) NOT NULL CHECK (kind IN ('CRITERION', 'AREA')),
    code                varchar(40) NOT NULL,
    met                 boolean,
    level               integer     CHECK (level BETWEEN 1 AND 9),
    text                text,
    detail              text,
    -- set when the officer changed the answer in review: what the cluster had answered, and why it changed
    met_before_review   boolean,
    level_before_review integer,
    review_comment      text,
    version             bigint      NOT NULL DEFAULT 0,
    UNIQUE (assessment_id, kind, code),
    CHECK (kind = 'CRITERION' OR (met IS NULL AND met_before_review IS NULL)),
    CHECK (kind = 'AREA' OR (level IS NULL AND level_before_review IS NULL))
);

CREATE TABLE assessment_answer_aud (
    id                  uuid        NOT NULL,
    rev                 integer     NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    region_code         varchar(40),
    assessment_id       uuid,
    kind                varchar(10),
    code                varchar(40),
    met                 boolean,
    level               integer,
    text                text,
    detail              text,
    met_before_review   boolean,
    level_before_review integer,
    review_comment      text,
    PRIMARY KEY (id, rev)
);

-- The owner reads the old tables past their row-level security (they are dropped below) and fills the new ones
-- before make_region_owned forces it on them.
ALTER TABLE assessment_criterion_answer NO FORCE ROW LEVEL SECURITY;
ALTER TABLE assessment_horizontal_answer NO FORCE ROW LEVEL SECURITY;
ALTER TABLE assessment_criterion_answer_aud NO FORCE ROW LEVEL SECURITY;
ALTER TABLE assessment_horizontal_answer_aud NO FORCE ROW LEVEL SECURITY;

INSERT INTO assessment_answer (id, region_code, assessment_id, kind, code, met, text, detail, met_before_review,
                               review_comment, version)
SELECT id, region_code, assessment_id, 'CRITERION', criterion_code, met, evidence, link, met_before_review,
       review_comment, version
  FROM assessment_criterion_answer;
INSERT INTO assessment_answer (id, region_code, assessment_id, kind, code, level, text, detail, level_before_review,
                               review_comment, version)
SELECT id, region_code, assessment_id, 'AREA', area_code, level, analysis, activities, level_before_review,
       review_comment, version
  FROM assessment_horizontal_answer;

INSERT INTO assessment_answer_aud (id, rev, revtype, region_code, assessment_id, kind, code, met, text, detail,
                                   met_before_review, review_comment)
SELECT id, rev, revtype, region_code, assessment_id, 'CRITERION', criterion_code, met, evidence, link,
       met_before_review, review_comment
  FROM assessment_criterion_answer_aud;
INSERT INTO assessment_answer_aud (id, rev, revtype, region_code, assessment_id, kind, code, level, text, detail,
                                   level_before_review, review_comment)
SELECT id, rev, revtype, region_code, assessment_id, 'AREA', area_code, level, analysis, activities,
       level_before_review, review_comment
  FROM assessment_horizontal_answer_aud;

SELECT make_region_owned('assessment_answer');
SELECT make_region_owned('assessment_answer_aud', 'SELECT, INSERT');

DROP TABLE assessment_criterion_answer_aud;
DROP TABLE assessment_horizontal_answer_aud;
DROP TABLE assessment_criterion_answer;
DROP TABLE assessment_horizontal_answer;
