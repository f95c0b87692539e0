package io.flowhex.adapter.micrometer;

/**
 * The meters this adapter registers, in Micrometer's dotted form; a Prometheus registry writes them as
 * {@code cams_requests_seconds}, {@code cams_actions_seconds}, {@code cams_quota_denials_total},
 * {@code cams_authentication_failures_total} and {@code flowhex_store_calls_seconds}. Every tag value is
 * from a bounded set: an action name, an error code, an HTTP status, a store and an operation name.
 */
public final class MeterNames {

    /** Timer of every HTTP request the protocol adapter answered; tags {@code action}, {@code code}, {@code status}. */
    public static final String REQUESTS = "cams.requests";
    /** Timer of every call that reached the application's gate; tags {@code action}, {@code code}. */
    public static final String ACTIONS = "cams.actions";
    /** Counter of calls refused by the per-account quota; tag {@code action}. */
    public static final String QUOTA_DENIALS = "cams.quota.denials";
    /** Counter of requests not authenticated; tag {@code reason} (the error code). */
    public static final String AUTHENTICATION_FAILURES = "cams.authentication.failures";
    /** Timer of every call of a store port; tags {@code store}, {@code operation}, {@code outcome} ({@code ok}, {@code error}). */
    public static final String STORE_CALLS = "flowhex.store.calls";

    public static final String TAG_ACTION = "action";
    public static final String TAG_CODE = "code";
    public static final String TAG_STATUS = "status";
    public static final String TAG_REASON = "reason";
    public static final String TAG_STORE = "store";
    public static final String TAG_OPERATION = "operation";
    public static final String TAG_OUTCOME = "outcome";

    private MeterNames() {
    }
}
