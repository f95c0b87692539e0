/**
 * The end-to-end attack suite: tries to break a running flow-server (started in-process through
 * {@code Main.start}, on loopback only) and shows that nothing is lost and no one gets in.
 *
 * <ul>
 *   <li>{@link io.flowhex.bootstrap.attack.MalformedRequestsTest}: 10,080 generated malformed
 *       requests over raw sockets (jqwik), every answer a documented 4xx, valid requests interleaved;</li>
 *   <li>{@link io.flowhex.bootstrap.attack.ReplayAndTimeTest}: replays (also to a second instance on
 *       the same PostgreSQL) and signing times sixteen minutes off;</li>
 *   <li>{@link io.flowhex.bootstrap.attack.IsolationMatrixTest}: accounts × spaces × principals ×
 *       targets, on memory, H2 and PostgreSQL;</li>
 *   <li>{@link io.flowhex.bootstrap.attack.RateLimitUnderConcurrencyTest}: sixteen threads on one
 *       account, the server on a clock the test holds still, exactly the limit granted per window;
 *       on demand (tag {@code soak}) the same on the wall clock, grants checked per server window
 *       ({@link io.flowhex.bootstrap.attack.GrantWindows});</li>
 *   <li>{@link io.flowhex.bootstrap.attack.StoreFaultsTest}: PostgreSQL stopped and restarted under load,
 *       each phase lasting a number of calls, not a time; on demand (tag {@code soak}) how fast the
 *       503s come and how soon answers are normal again;</li>
 *   <li>{@link io.flowhex.bootstrap.attack.SuiteLogs}: every log line of the suite checked for secrets,
 *       signatures and policy documents; each class asserts it when it ends;</li>
 *   <li>{@link io.flowhex.bootstrap.attack.SoakTest}: on demand only (tag {@code soak}).</li>
 * </ul>
 *
 * <p>No check of the default build depends on how fast the machine is: waits end on latches or on
 * counts of answered calls (a guard of a minute or more only keeps a broken server from hanging the
 * build), and every bound on time or throughput carries the tag {@code soak}.
 *
 * <p>The suite alone: {@code mvn -B verify -pl flow-bootstrap -am -DskipITs
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest='io.flowhex.bootstrap.attack.**'}. Replaying a
 * generated case: jqwik prints each property's {@code seed}; put it on the property as
 * {@code @Property(seed = "…")} to regenerate the same requests, and add
 * {@code afterFailure = AfterFailureMode.SAMPLE_ONLY} to run only the last failing sample. The timed
 * checks: {@code -Dflowhex.excludedGroups=none -Dtest='StoreFaultsTest,RateLimitUnderConcurrencyTest'}. The soak:
 * {@code mvn -B verify -pl flow-bootstrap -am -DskipITs -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=SoakTest -Dflowhex.excludedGroups=none -Dsoak.minutes=10}; it writes
 * {@code flow-bootstrap/SOAK.md}.
 */
package io.flowhex.bootstrap.attack;
