-- The mail outbox (issue #18, ADR 0072): one row per notification to e-mail, written in the same transaction as the
-- notification, sent later by the scheduled sender (notification.NotificationMailJob, one node through ShedLock) with
-- retries and backoff. The user's request never talks to the SMTP server.
-- Region-owned (make_region_owned of V40: forced row-level security, the region_isolation policy): it names a
-- region's people and, once sent, the address the mail went to. No Envers history: the row is itself the record of
-- the delivery (state, attempts, last error, when), like the notification it belongs to (ADR 0071).
-- notification_id names the notification without a foreign key: this migration's number (assigned) runs before V96
-- creates the notification table. The sender gives up on a row whose notification is gone.
CREATE TABLE mail_outbox (
    id               uuid          PRIMARY KEY,
    region_code      varchar(40)   NOT NULL REFERENCES region (code),
    notification_id  uuid          NOT NULL,
    recipient        varchar(200)  NOT NULL,
    state            varchar(10)   NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_error       varchar(500),
    sent_to          varchar(320),
    created_at       timestamptz   NOT NULL,
    done_at          timestamptz,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX mail_outbox_once_per_notification ON mail_outbox (notification_id);
CREATE INDEX mail_outbox_due ON mail_outbox (region_code, next_attempt_at) WHERE state = 'PENDING';
SELECT make_region_owned('mail_outbox');
