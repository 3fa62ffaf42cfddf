-- Which columns a user hides in a grid (issue 18: the portfolio grid's column choice, remembered per user).
-- Region-owned (make_region_owned of V40: forced row-level security), audited like every change.
CREATE TABLE grid_column_choice (
    id             uuid          PRIMARY KEY,
    region_code    varchar(40)   NOT NULL REFERENCES region (code),
    username       varchar(200)  NOT NULL,
    grid           varchar(80)   NOT NULL,
    hidden_columns varchar(4000) NOT NULL,
    version        bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX grid_column_choice_per_user ON grid_column_choice (region_code, username, grid);
SELECT make_region_owned('grid_column_choice');

CREATE TABLE grid_column_choice_aud (
    id             uuid          NOT NULL,
    rev            integer       NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    region_code    varchar(40),
    username       varchar(200),
    grid           varchar(80),
    hidden_columns varchar(4000),
    PRIMARY KEY (id, rev)
);
SELECT make_region_owned('grid_column_choice_aud', 'SELECT, INSERT');
