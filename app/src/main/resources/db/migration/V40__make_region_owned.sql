-- Region ownership declared once (ADR 0002). A new region-owned table (a region_code column) is made so with
--     SELECT make_region_owned('my_table');                       -- entity tables: read, add, change, remove
--     SELECT make_region_owned('my_table_aud', 'SELECT, INSERT'); -- audit tables: history is only added to
-- which grants the privileges to the application role, enables AND forces row-level security (the owner too is
-- subject to it) and creates the policy region_isolation: a row is read and written only when its region_code is
-- the transaction-local setting app.region (empty without a region: then no row passes). This is the block
-- V1…V33 repeat for each of their tables; TenancyCatalogueIntegrationTest checks every table with a region_code
-- column in the catalogue, however it was made. Element-collection and Envers tables of collections, where
-- Hibernate writes no tenant column, still declare region_code ... DEFAULT current_setting('app.region', true).
-- The existing tables keep the policies V1…V33 created: they are the same text, re-creating them changes nothing.

CREATE FUNCTION make_region_owned(tbl regclass, privileges text DEFAULT 'SELECT, INSERT, UPDATE, DELETE')
    RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('GRANT %s ON %s TO ${appRole}', privileges, tbl);
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('DROP POLICY IF EXISTS region_isolation ON %s', tbl);
    EXECUTE format('CREATE POLICY region_isolation ON %s'
                   ' USING (region_code = current_setting(''app.region'', true))'
                   ' WITH CHECK (region_code = current_setting(''app.region'', true))', tbl);
END;
$$;

-- Only migrations (the owner) call it; the application role has no use for it.
REVOKE EXECUTE ON FUNCTION make_region_owned(regclass, text) FROM PUBLIC;
