package io.flowhex.adapter.jdbc;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The shared quota's SQL, written once per window length and dialect when the quota is built. The
 * decision is one statement on both databases: it reads the (account, action) row under its row
 * lock, applies the in-process quota's rule and returns what it decided, so concurrent decisions on
 * any number of instances are serialized by the database, and timed by its clock alone.
 *
 * <p>The rule, as {@code LocalCallQuota} applies it with its default idle timeout of one window: a
 * call that finds the window begun at least one window ago (or finds no row) starts a new window at
 * itself and is granted; otherwise it takes one of the permits the window has left. A changed limit
 * counts the permits the window already granted: lowered, the window has what the new limit leaves
 * ({@code min(left, new - granted)}); raised, nothing more until the next window. Every right-hand
 * side of a SET reads the row as it was before the statement, so the four columns agree.
 */
final class QuotaStatements {

    private final String over;
    private final String cutoff;

    QuotaStatements(Duration window) {
        // an interval literal of whole microseconds, made from a validated Duration, never from input;
        // INTERVAL '<seconds>' SECOND reads the same on H2 and PostgreSQL
        String interval = "INTERVAL '" + BigDecimal.valueOf(window.toNanos() / 1_000, 6).toPlainString() + "' SECOND";
        this.cutoff = "CURRENT_TIMESTAMP - " + interval;
        this.over = "q.window_start <= " + cutoff;
    }

    /**
     * The decision. Parameters: account id, action name, permits, and the permits a new window leaves
     * after its first call (permits - 1). Returns one row: granted, and the
     * start of the window the call was counted in.
     */
    String decision(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> """
                    INSERT INTO flowhex_call_quota AS q (account_id, action_name, window_start, permits, available, granted)
                    VALUES (?, ?, CURRENT_TIMESTAMP, ?, ?, TRUE)
                    ON CONFLICT (account_id, action_name) DO UPDATE SET
                    %s
                    RETURNING granted, window_start""".formatted(set("EXCLUDED"));
            // two sessions that both find no row both insert; the primary key fails the second, which
            // the quota runs again, and then finds the row
            case H2 -> """
                    SELECT granted, window_start FROM FINAL TABLE (
                    MERGE INTO flowhex_call_quota q
                    USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)), CAST(? AS INTEGER), CAST(? AS INTEGER)))
                          AS s (account_id, action_name, permits, available)
                    ON q.account_id = s.account_id AND q.action_name = s.action_name
                    WHEN MATCHED THEN UPDATE SET
                    %s
                    WHEN NOT MATCHED THEN INSERT (account_id, action_name, window_start, permits, available, granted)
                         VALUES (s.account_id, s.action_name, CURRENT_TIMESTAMP, s.permits, s.available, TRUE))"""
                    .formatted(set("s"));
        };
    }

    /**
     * PostgreSQL only: the decision and, only when it grants, the nonce's record, as one statement
     * (data-modifying CTEs run once each, in one snapshot; the nonce's INSERT reads the decision's
     * RETURNING row, so a refused call inserts nothing). Parameters: the decision's four, then the
     * nonce's as {@link Dialect#recordNonce()} takes them: access key id, nonce digest, expiry, now.
     * Returns one row: granted, the window's start, and whether the nonce was recorded (new, or its
     * record expired); granted and not recorded is a replay.
     */
    String decisionRecordingNonce() {
        return """
                WITH decision AS (
                %s
                ), recorded AS (
                INSERT INTO flowhex_nonce AS n (access_key_id, nonce_digest, expires_at)
                SELECT ?, ?, ? FROM decision WHERE decision.granted
                %s
                RETURNING 1)
                SELECT decision.granted, decision.window_start, EXISTS (SELECT 1 FROM recorded) FROM decision"""
                .formatted(decision(Dialect.POSTGRESQL), Dialect.NONCE_CONFLICT);
    }

    /** The update of an existing row; {@code source} names the proposed row (PostgreSQL's EXCLUDED, H2's USING). */
    private String set(String source) {
        String left = "LEAST(q.available, GREATEST(0, %1$s.permits - q.permits + q.available))".formatted(source);
        return """
                    window_start = CASE WHEN %1$s THEN CURRENT_TIMESTAMP ELSE q.window_start END,
                    permits = %3$s.permits,
                    available = CASE WHEN %1$s THEN %3$s.available ELSE GREATEST(%2$s - 1, 0) END,
                    granted = %1$s OR %2$s > 0""".formatted(over, left, source);
    }

    /**
     * Deletes at most the given number of rows whose window is over, oldest first, through the
     * window index. Forgetting such a row changes no answer: the next call of its account and action
     * starts a new window anyway. The outer condition is checked again on the row as it is when
     * deleted, so a row a concurrent decision just renewed stays. Common SQL.
     */
    String purge() {
        return """
                DELETE FROM flowhex_call_quota WHERE (account_id, action_name) IN (
                    SELECT account_id, action_name FROM flowhex_call_quota
                    WHERE window_start <= %1$s ORDER BY window_start FETCH FIRST ? ROWS ONLY)
                AND window_start <= %1$s""".formatted(cutoff);
    }
}
