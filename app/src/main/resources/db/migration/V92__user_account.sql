-- The portal's record of a region's accounts (issue #17): who invited whom and how, the role and bound clusters
-- the user administration last set, and its last action. Keycloak holds the account itself; this record and
-- Keycloak are changed together (both or neither). Region-owned and audited: the _aud rows are the account's
-- administrative history (who, when, what), shown on the user's page.
CREATE TABLE user_account (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    keycloak_id varchar(36)   NOT NULL,
    username    varchar(200)  NOT NULL,
    role        varchar(40),
    clusters    varchar(4000) NOT NULL DEFAULT '',
    enabled     boolean       NOT NULL,
    invited_by  varchar(200),
    invitation  varchar(20),
    action      varchar(30)   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_keycloak_id ON user_account (region_code, keycloak_id);
SELECT make_region_owned('user_account');

CREATE TABLE user_account_aud (
    id          uuid          NOT NULL,
    rev         integer       NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    region_code varchar(40),
    keycloak_id varchar(36),
    username    varchar(200),
    role        varchar(40),
    clusters    varchar(4000),
    enabled     boolean,
    invited_by  varchar(200),
    invitation  varchar(20),
    action      varchar(30),
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('user_account_aud', 'SELECT, INSERT');
