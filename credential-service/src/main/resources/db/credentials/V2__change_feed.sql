-- What the change feed must not forget across restarts. Runs unchanged on PostgreSQL and H2. No foreign key to
-- store_account: the built-in demo store has a feed but no row.
-- feed_watermark: per account and resource kind, the newest modification time the feed has read up to (epoch ms).
-- feed_seen: per resource, the last version the feed reported, with the facts an update event compares (k=v lines).
CREATE TABLE feed_watermark (
    workspace_id VARCHAR(255) NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    resource     VARCHAR(16)  NOT NULL,
    watermark_ms BIGINT       NOT NULL,
    PRIMARY KEY (workspace_id, account_id, resource)
);

CREATE TABLE feed_seen (
    workspace_id VARCHAR(255)  NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    resource_id  VARCHAR(255)  NOT NULL,
    resource     VARCHAR(16)   NOT NULL,
    version      VARCHAR(64)   NOT NULL,
    facts        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (workspace_id, account_id, resource_id)
);
