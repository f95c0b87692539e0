-- flowhex schema, version 4. Common SQL for H2 (default mode) and PostgreSQL 15+. Additive only.

-- The HMAC key of the links a server serves itself (previews, Flow JSON downloads), one row per
-- purpose ('links' today), so that every server instance on this database signs and checks links
-- alike: a link one instance issued opens on any other. The first instance that needs a key and
-- finds none inserts its random candidate; the primary key lets exactly one insert win, and every
-- instance then reads the winner. Kept as Base64 text: the same column type on H2 and PostgreSQL.
-- An operator who gives --link-signing-key keeps it out of this table altogether.
CREATE TABLE flowhex_signing_key (
    purpose     VARCHAR(32)              NOT NULL,
    key_base64  VARCHAR(512)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT flowhex_signing_key_pk PRIMARY KEY (purpose)
);
