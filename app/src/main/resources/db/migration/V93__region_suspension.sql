-- A platform administrator disables a whole region (issue #17): every account of the region that was enabled is
-- disabled in Keycloak (so it cannot sign in and its open sessions end) and listed here, to be enabled again when
-- the region is; the region's data stays. Platform data (no region_code, no row-level security), audited.
CREATE TABLE region_suspension (
    code        varchar(40)   PRIMARY KEY REFERENCES region (code),
    suspended   boolean       NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    changed_at  timestamptz   NOT NULL,
    account_ids text          NOT NULL DEFAULT '',
    version     bigint        NOT NULL DEFAULT 0
);
GRANT SELECT, INSERT, UPDATE ON region_suspension TO ${appRole};

CREATE TABLE region_suspension_aud (
    code        varchar(40)   NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    suspended   boolean,
    changed_by  varchar(200),
    changed_at  timestamptz,
    account_ids text,
    PRIMARY KEY (code, rev)
);
GRANT SELECT, INSERT ON region_suspension_aud TO ${appRole};
