-- Which cluster-manager users (Keycloak username) report for which clusters of their region.
CREATE TABLE cluster_manager (
    region_code varchar(40)  NOT NULL REFERENCES region (code),
    cluster_id  uuid         NOT NULL REFERENCES cluster (id),
    username    varchar(200) NOT NULL,
    PRIMARY KEY (cluster_id, username)
);
CREATE INDEX cluster_manager_username ON cluster_manager (username);
GRANT SELECT, INSERT, DELETE ON cluster_manager TO ${appRole};
ALTER TABLE cluster_manager ENABLE ROW LEVEL SECURITY;
ALTER TABLE cluster_manager FORCE ROW LEVEL SECURITY;
CREATE POLICY region_isolation ON cluster_manager
    USING (region_code = current_setting('app.region', true))
    WITH CHECK (region_code = current_setting('app.region', true));
