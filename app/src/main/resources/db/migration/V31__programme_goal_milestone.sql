-- A programme's goals (rule goals evaluated from data, manual goals with a status the officer sets) and
-- milestones (of the programme, or of one of its clusters).

CREATE TABLE programme_goal (
    id              uuid          PRIMARY KEY,
    region_code     varchar(40)   NOT NULL REFERENCES region (code),
    programme_id    uuid          NOT NULL REFERENCES programme (id),
    position        integer       NOT NULL,
    kind            varchar(40)   NOT NULL,
    title           varchar(500)  NOT NULL,
    deadline        date          NOT NULL,
    label_level     varchar(10),
    threshold       bigint,
    funding_year    integer,
    manual_status   varchar(20),
    status_comment  varchar(2000),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK (threshold IS NULL OR threshold >= 0)
);
CREATE INDEX programme_goal_programme ON programme_goal (programme_id, position);
GRANT SELECT, INSERT, UPDATE, DELETE ON programme_goal TO ${appRole};
ALTER TABLE programme_goal ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_goal FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme_goal
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE programme_goal_aud (
    id              uuid          NOT NULL,
    rev             integer       NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    region_code     varchar(40),
    programme_id    uuid,
    position        integer,
    kind            varchar(40),
    title           varchar(500),
    deadline        date,
    label_level     varchar(10),
    threshold       bigint,
    funding_year    integer,
    manual_status   varchar(20),
    status_comment  varchar(2000),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON programme_goal_aud TO ${appRole};
ALTER TABLE programme_goal_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_goal_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON programme_goal_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE milestone (
    id           uuid          PRIMARY KEY,
    region_code  varchar(40)   NOT NULL REFERENCES region (code),
    programme_id uuid          REFERENCES programme (id),
    cluster_id   uuid          REFERENCES cluster (id),
    title        varchar(500)  NOT NULL,
    due_date     date          NOT NULL,
    due_quarter  varchar(10),
    responsible  varchar(200),
    status       varchar(20)   NOT NULL,
    done_on      date,
    comment      varchar(2000),
    version      bigint        NOT NULL DEFAULT 0,
    CHECK (programme_id IS NOT NULL OR cluster_id IS NOT NULL)
);
CREATE INDEX milestone_programme ON milestone (programme_id, due_date);
CREATE INDEX milestone_cluster ON milestone (cluster_id, due_date);
GRANT SELECT, INSERT, UPDATE, DELETE ON milestone TO ${appRole};
ALTER TABLE milestone ENABLE ROW LEVEL SECURITY;
ALTER TABLE milestone FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON milestone
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));

CREATE TABLE milestone_aud (
    id           uuid          NOT NULL,
    rev          integer       NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    region_code  varchar(40),
    programme_id uuid,
    cluster_id   uuid,
    title        varchar(500),
    due_date     date,
    due_quarter  varchar(10),
    responsible  varchar(200),
    status       varchar(20),
    done_on      date,
    comment      varchar(2000),
    PRIMARY KEY (id, rev)
);
GRANT SELECT, INSERT ON milestone_aud TO ${appRole};
ALTER TABLE milestone_aud ENABLE ROW LEVEL SECURITY;
ALTER TABLE milestone_aud FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON milestone_aud
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
