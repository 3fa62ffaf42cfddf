-- Issue #14, finding 9: the shared region table is not region-owned (every region's row is visible, so names can be
-- shown), and the application never changes a region once created (Region has no setters). So the application role
-- keeps SELECT and INSERT (platform administrators create regions) and loses UPDATE: no region can alter another
-- region's row, not even through a bug. Renaming a region, if ever needed, is a migration or a system task.
REVOKE UPDATE, DELETE, TRUNCATE ON region FROM ${appRole};
