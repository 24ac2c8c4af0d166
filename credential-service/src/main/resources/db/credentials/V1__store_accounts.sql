-- Store accounts of every workspace. Runs unchanged on PostgreSQL and H2.
-- credentials: Tink AEAD ciphertext (5-byte prefix with key_id, then AES-256-GCM), associated data = workspace + account.
-- key_id: the key that encrypted credentials; rows whose key_id is not the primary key still need re-encryption.
-- row_version: optimistic locking for user edits (PATCH); status writes do not bump it.
CREATE TABLE store_account (
    id               VARCHAR(64)              NOT NULL PRIMARY KEY,
    workspace_id     VARCHAR(255)             NOT NULL,
    platform         VARCHAR(16)              NOT NULL,
    label            VARCHAR(100)             NOT NULL,
    base_url         VARCHAR(2048)            NOT NULL,
    auth_method      VARCHAR(32)              NOT NULL,
    credentials      BYTEA                    NOT NULL,
    key_id           BIGINT                   NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    status_reason    VARCHAR(64),
    store_name       VARCHAR(255),
    last_verified_at TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version      BIGINT                   NOT NULL
);

CREATE INDEX store_account_workspace ON store_account (workspace_id, created_at);
CREATE INDEX store_account_key ON store_account (key_id);
