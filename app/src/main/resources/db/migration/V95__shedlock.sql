-- ShedLock (scheduled jobs that run on one node only): one row per job name, holding who locked it and until when.
-- A platform table, not region-owned: a job runs for every region in turn (through tenancy.SystemTask), so the lock
-- has no region_code and no row-level security. The application role takes and releases locks (INSERT, UPDATE) and
-- reads them; it never owns the table. Times are the database's UTC time (the lock provider uses usingDbTime()).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON shedlock TO ${appRole};
