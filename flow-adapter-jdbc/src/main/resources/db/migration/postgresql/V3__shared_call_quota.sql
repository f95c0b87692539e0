-- flowhex schema, version 3, PostgreSQL. The shared call quota (ADR 0014): one row per (account,
-- action) that several instances decide on with one statement each, by the database's clock.
-- db/migration/h2 holds the same table for H2; only the first word differs.
--
-- UNLOGGED: the rows are soft state. Each decision rewrites its row, so WAL for them would double
-- the cost of every call for nothing worth keeping: after a crash PostgreSQL empties an unlogged
-- table, which only gives every account a fresh budget for the current window, as a restart of a
-- single instance's in-process quota does. Unlogged tables are not replicated either: a standby
-- promoted to primary starts with budgets reset, the same way.
--
-- window_start: when the current window began, by the database's clock. permits: the limit the
-- window was counted against. available: permits the window has left. granted: the last decision,
-- returned by the statement that made it.
CREATE UNLOGGED TABLE flowhex_call_quota (
    account_id    VARCHAR(32)              NOT NULL,
    action_name   VARCHAR(64)              NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    permits       INTEGER                  NOT NULL,
    available     INTEGER                  NOT NULL,
    granted       BOOLEAN                  NOT NULL,
    CONSTRAINT flowhex_call_quota_pk PRIMARY KEY (account_id, action_name)
);

-- Purges find the rows whose window is long over through this index, never by scanning the table.
CREATE INDEX flowhex_call_quota_window_idx ON flowhex_call_quota (window_start);
