-- Webhooks and their dead letters. Runs unchanged on PostgreSQL and H2.
-- secret: the signing secret, AEAD-encrypted like credentials (associated data = workspace + webhook id).
-- types: the event types wanted, comma-separated; empty = all.
CREATE TABLE webhook (
    id           VARCHAR(64)              NOT NULL PRIMARY KEY,
    workspace_id VARCHAR(255)             NOT NULL,
    url          VARCHAR(2048)            NOT NULL,
    types        VARCHAR(1000)            NOT NULL,
    secret       BYTEA                    NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX webhook_workspace ON webhook (workspace_id, created_at);

-- An event a webhook did not take within the retry period.
CREATE TABLE webhook_failure (
    webhook_id VARCHAR(64)              NOT NULL,
    event_id   VARCHAR(64)              NOT NULL,
    account_id VARCHAR(64)              NOT NULL,
    body       VARCHAR(65535)           NOT NULL,
    attempts   INTEGER                  NOT NULL,
    last_error VARCHAR(500)             NOT NULL,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (webhook_id, event_id)
);
