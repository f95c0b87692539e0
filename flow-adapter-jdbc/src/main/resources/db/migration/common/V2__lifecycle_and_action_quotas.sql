-- flowhex schema, version 2. Common SQL for H2 (default mode) and PostgreSQL 15+, like version 1.
-- Additive only: new tables and columns, no change to a version 1 table's rows, so a database written
-- by version 1 keeps every row.

-- An account's calls-per-second overrides per action, keyed by the action's wire name (CreateFlow,
-- GetFlow, ...). An action without a row falls back to flowhex_account.qps_override, then to the
-- application's default for that action. Read with the account and its spaces in one statement.
CREATE TABLE flowhex_account_action_qps (
    account_id   VARCHAR(32) NOT NULL,
    action_name  VARCHAR(64) NOT NULL,
    qps          INTEGER     NOT NULL,
    CONSTRAINT flowhex_account_action_qps_pk PRIMARY KEY (account_id, action_name),
    CONSTRAINT flowhex_account_action_qps_account_fk FOREIGN KEY (account_id) REFERENCES flowhex_account (id),
    CONSTRAINT flowhex_account_action_qps_positive CHECK (qps > 0)
);

-- The flow lifecycle. Every row a version 1 database holds is kept and stays readable
-- (ADR 0010, the JDBC schema of the flow lifecycle, says what each step does to existing rows and why).

-- When the flow was created, which orders ListFlow. Version 1 kept no such time and read every flow
-- back as created at the epoch; its rows keep reading so (they list oldest, ties by FlowId). The
-- default only fills the existing rows: every write names the column.
ALTER TABLE flowhex_flow ADD COLUMN created_at TIMESTAMP WITH TIME ZONE
    DEFAULT TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00' NOT NULL;
ALTER TABLE flowhex_flow ALTER COLUMN created_at DROP DEFAULT;

-- The compare-and-set counter of every lifecycle change: UPDATE ... WHERE id = ? AND revision = ?.
-- Version 1 read every flow back at revision 0.
ALTER TABLE flowhex_flow ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;

-- A flow without a Flow JSON has no versions: NULL now, where version 1 stored ''.
ALTER TABLE flowhex_flow ALTER COLUMN json_version DROP NOT NULL;
ALTER TABLE flowhex_flow ALTER COLUMN data_api_version DROP NOT NULL;
UPDATE flowhex_flow SET json_version = NULL WHERE json_version = '';
UPDATE flowhex_flow SET data_api_version = NULL WHERE data_api_version = '';

-- Names become unique per account and space, exact and case-sensitive. Version 1 did not enforce
-- it (fixtures and provisioning could store two flows of one name), so before the index is built
-- every flow but the first by FlowId of a shared name is renamed to '<name> (<FlowId>)': no row is
-- lost, the first keeps its name, and the new name stays within FlowName's 200 characters (the
-- name is cut short when it must, never inside a UTF-16 surrogate pair, which H2 counts as two).
UPDATE flowhex_flow f
SET name = CASE
        WHEN CHAR_LENGTH(f.name) + CHAR_LENGTH(f.id) + 3 <= 200 THEN f.name || ' (' || f.id || ')'
        ELSE LEFT(f.name, 197 - CHAR_LENGTH(f.id)
                 - CASE WHEN ASCII(SUBSTRING(f.name FROM 197 - CHAR_LENGTH(f.id) FOR 1)) BETWEEN 55296 AND 56319
                        THEN 1 ELSE 0 END)
             || ' (' || f.id || ')'
    END
WHERE EXISTS (SELECT 1 FROM flowhex_flow o
              WHERE o.account_id = f.account_id AND o.space_id = f.space_id AND o.name = f.name AND o.id < f.id);

CREATE UNIQUE INDEX flowhex_flow_name_uq ON flowhex_flow (account_id, space_id, name);

-- ListFlow reads a page in index order, newest first and ties by FlowId, with or without a space:
-- one index for each shape of the query, so neither sorts the account's flows.
CREATE INDEX flowhex_flow_list_space_idx ON flowhex_flow (account_id, space_id, created_at DESC, id);
CREATE INDEX flowhex_flow_list_account_idx ON flowhex_flow (account_id, created_at DESC, id);

-- A flow's Flow JSON file, byte for byte, with what checking it found. Goes with its flow: deleting
-- the flow deletes it in the same statement. validation_errors holds one error a line, each
-- CODE<tab>pointer<tab>message with backslash escapes ('' for a valid file).
CREATE TABLE flowhex_flow_asset (
    flow_id            VARCHAR(64)      NOT NULL,
    content            BYTEA            NOT NULL,
    sha256             VARCHAR(64)      NOT NULL,
    json_version       VARCHAR(16),
    data_api_version   VARCHAR(16),
    validation_errors  VARCHAR(1000000) NOT NULL,
    CONSTRAINT flowhex_flow_asset_pk PRIMARY KEY (flow_id),
    CONSTRAINT flowhex_flow_asset_flow_fk FOREIGN KEY (flow_id) REFERENCES flowhex_flow (id) ON DELETE CASCADE
);
