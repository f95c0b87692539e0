-- flowhex schema, version 1. Common SQL for H2 (default mode) and PostgreSQL 15+.
-- Column widths follow the domain's limits; text the domain measures in code points gets room for
-- UTF-16 surrogate pairs, because H2 counts Java chars. Every table is prefixed flowhex_ so the
-- schema can be shared with an embedder's own tables.

CREATE TABLE flowhex_account (
    id            VARCHAR(32) NOT NULL,
    subscribed    BOOLEAN     NOT NULL,
    qps_override  INTEGER,
    CONSTRAINT flowhex_account_pk PRIMARY KEY (id)
);

CREATE TABLE flowhex_account_space (
    account_id  VARCHAR(32) NOT NULL,
    space_id    VARCHAR(64) NOT NULL,
    CONSTRAINT flowhex_account_space_pk PRIMARY KEY (account_id, space_id),
    CONSTRAINT flowhex_account_space_account_fk FOREIGN KEY (account_id) REFERENCES flowhex_account (id)
);

-- One row per flow; categories are the wire names joined by commas, in order, so GetFlow reads a
-- flow with one primary-key lookup. No foreign key to the account: ownership is the use case's check.
CREATE TABLE flowhex_flow (
    id                  VARCHAR(64)   NOT NULL,
    account_id          VARCHAR(32)   NOT NULL,
    space_id            VARCHAR(64)   NOT NULL,
    name                VARCHAR(400)  NOT NULL,
    categories          VARCHAR(200)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    json_version        VARCHAR(16)   NOT NULL,
    data_api_version    VARCHAR(16)   NOT NULL,
    endpoint_uri        VARCHAR(2048),
    preview_url         VARCHAR(2048),
    preview_expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT flowhex_flow_pk PRIMARY KEY (id),
    CONSTRAINT flowhex_flow_preview_whole CHECK ((preview_url IS NULL) = (preview_expires_at IS NULL))
);

-- The secret is kept as text: verifying a signature recomputes its HMAC.
CREATE TABLE flowhex_access_key (
    id              VARCHAR(128)     NOT NULL,
    secret          VARCHAR(256)     NOT NULL,
    status          VARCHAR(16)      NOT NULL,
    account_id      VARCHAR(32)      NOT NULL,
    principal_type  VARCHAR(16)      NOT NULL,
    principal_name  VARCHAR(64),
    session_name    VARCHAR(64),
    session_policy  VARCHAR(1000000),
    CONSTRAINT flowhex_access_key_pk PRIMARY KEY (id)
);

CREATE TABLE flowhex_ram_user (
    account_id  VARCHAR(32) NOT NULL,
    name        VARCHAR(64) NOT NULL,
    CONSTRAINT flowhex_ram_user_pk PRIMARY KEY (account_id, name)
);

CREATE TABLE flowhex_policy (
    account_id  VARCHAR(32)      NOT NULL,
    name        VARCHAR(128)     NOT NULL,
    version     BIGINT           NOT NULL,
    document    VARCHAR(1000000) NOT NULL,
    CONSTRAINT flowhex_policy_pk PRIMARY KEY (account_id, name)
);

-- Keyed holder first: a principal's policies are one index range per holder.
CREATE TABLE flowhex_policy_attachment (
    account_id   VARCHAR(32)  NOT NULL,
    holder_kind  VARCHAR(16)  NOT NULL,
    holder_name  VARCHAR(64)  NOT NULL,
    policy_name  VARCHAR(128) NOT NULL,
    CONSTRAINT flowhex_policy_attachment_pk PRIMARY KEY (account_id, holder_kind, holder_name, policy_name),
    CONSTRAINT flowhex_policy_attachment_policy_fk FOREIGN KEY (account_id, policy_name)
        REFERENCES flowhex_policy (account_id, name)
);

-- nonce_digest is the hex SHA-256 of the nonce: fixed width whatever the client sent.
CREATE TABLE flowhex_nonce (
    access_key_id  VARCHAR(128)             NOT NULL,
    nonce_digest   VARCHAR(64)              NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flowhex_nonce_pk PRIMARY KEY (access_key_id, nonce_digest)
);

-- Purges find the oldest expired records through this index, never by scanning the table.
CREATE INDEX flowhex_nonce_expires_at_idx ON flowhex_nonce (expires_at);
