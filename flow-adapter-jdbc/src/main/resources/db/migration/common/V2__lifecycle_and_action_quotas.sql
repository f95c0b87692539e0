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
