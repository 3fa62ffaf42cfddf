-- In-portal notifications (issue #18): one row per recipient and event, region-owned (make_region_owned of V40:
-- forced row-level security, the region_isolation policy). The row is its own record of who was told what and when
-- (created_at, read_at in UTC), so it has no Envers history: reading a notification changes no data anyone else
-- relies on (ADR 0071).
-- event_key names the event (e.g. 'label-expiring-30:<label id>:<valid until>'): a scheduled check that runs twice
-- finds the row and tells no one twice.
CREATE TABLE notification (
    id          uuid          PRIMARY KEY,
    region_code varchar(40)   NOT NULL REFERENCES region (code),
    recipient   varchar(200)  NOT NULL,
    kind        varchar(40)   NOT NULL,
    subject     varchar(300)  NOT NULL,
    detail      varchar(300),
    due_date    date,
    link        varchar(300)  NOT NULL,
    event_key   varchar(300)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    read_at     timestamptz,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX notification_once_per_recipient ON notification (region_code, recipient, event_key);
CREATE INDEX notification_inbox ON notification (region_code, recipient, created_at DESC);
SELECT make_region_owned('notification');
