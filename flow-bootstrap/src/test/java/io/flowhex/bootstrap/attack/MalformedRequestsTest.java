package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.application.port.in.CamsAction;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.providers.TypeUsage;

/**
 * Generated malformed requests against a running flow-server on PostgreSQL, over raw sockets: one
 * property per {@link Category}, {@value #TRIES} tries each. Every answer must be a client error in
 * the documented shape ({@link ErrorContract}) with one of the codes the attack expects; after every
 * tenth attack a valid request must still succeed, and its replay must be refused as
 * {@code SignatureNonceUsed}. After every attack the fuzz account's flows, read straight from the
 * database ({@link FlowRows}), are what they were before it: a refused request changes nothing.
 * {@link #everyParameterKindOfEveryAction} walks the whole table of {@link ActionParameters} once, so
 * that each parameter kind of each action is tried in every run, whatever the random draws.
 *
 * <p>Generation is always randomized: jqwik would otherwise enumerate a small category exhaustively
 * and stop short of {@value #TRIES} requests.
 *
 * <p>jqwik prints each property's seed in its report. To replay a run, put the printed seed on the
 * property, e.g. {@code @Property(seed = "-6265384713221218433")}; after a failure jqwik also runs the
 * failing sample first on the next run ({@link AfterFailureMode#SAMPLE_FIRST}, its database is
 * {@code target/jqwik-database}), and {@code afterFailure = AfterFailureMode.SAMPLE_ONLY} replays
 * that one case alone. Nonces and timestamps are fresh on every run; no verdict depends on them.
 */
@PropertyDefaults(tries = MalformedRequestsTest.TRIES, generation = GenerationMode.RANDOMIZED,
        afterFailure = AfterFailureMode.SAMPLE_FIRST)
class MalformedRequestsTest {

    static final int TRIES = 560;
    private static final int VALID_EVERY = 10;

    /** Which category a property's {@code @ForAll("attacks")} parameter draws from. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Of {
        Category value();
    }

    private static AttackFixture fixture;
    private static AttackServer server;
    private static Attacks attacks;
    private static final Map<Category, AtomicInteger> TRIED = new EnumMap<>(Category.class);
    private static final AtomicInteger ATTACKS = new AtomicInteger();
    private static final AtomicInteger VALID = new AtomicInteger();
    private static final AtomicInteger REPLAYED = new AtomicInteger();
    private static FlowRows store;
    private static String storeBefore;

    @BeforeContainer
    static void startServer() throws IOException, SQLException {
        fixture = new AttackFixture();
        Path directory = Files.createTempDirectory(AttackPostgres.scratch(), "malformed-");
        server = AttackServer.start(fixture, fixture.writeTo(directory), AttackServer.postgres(AttackPostgres.shared().jdbcUrl()));
        attacks = new Attacks(fixture);
        store = new FlowRows(AttackPostgres.shared(), fixture.fuzz.accountId());
        storeBefore = store.read();
        assertThat(storeBefore).as("the fuzz account's flows").contains(attacks.ownFlowId());
        for (Category category : Category.values()) {
            TRIED.put(category, new AtomicInteger());
        }
    }

    @AfterContainer
    static void stopServer() throws SQLException {
        server.close();
        store.close();
        StringBuilder report = new StringBuilder("malformed requests tried, by category:\n");
        TRIED.forEach((category, count) -> report.append(String.format("  %-22s %6d  %s%n", category, count.get(),
                category.description())));
        report.append(String.format("  %-22s %6d%n  valid requests interleaved %d, their replays refused %d%n", "total",
                ATTACKS.get(), VALID.get(), REPLAYED.get()));
        System.out.print(report);
        if (TRIED.values().stream().allMatch(count -> count.get() >= TRIES)) {
            assertThat(ATTACKS.get()).as("generated malformed requests").isGreaterThanOrEqualTo(10_000);
        }
        SuiteLogs.get().assertClean();
    }

    @Provide
    Arbitrary<Attack> attacks(TypeUsage parameter) {
        return attacks.of(parameter.findAnnotation(Of.class).orElseThrow().value());
    }

    @Property
    void randomParameters(@ForAll("attacks") @Of(Category.RANDOM_PARAMETERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void missingParameters(@ForAll("attacks") @Of(Category.MISSING_PARAMETERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void duplicatedParameters(@ForAll("attacks") @Of(Category.DUPLICATED_PARAMETERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void badPercentEncoding(@ForAll("attacks") @Of(Category.BAD_PERCENT_ENCODING) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void invalidUtf8(@ForAll("attacks") @Of(Category.INVALID_UTF8) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void oversizedHeaders(@ForAll("attacks") @Of(Category.OVERSIZED_HEADERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void oversizedBodies(@ForAll("attacks") @Of(Category.OVERSIZED_BODY) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void tooManyParameters(@ForAll("attacks") @Of(Category.TOO_MANY_PARAMETERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void wrongContentTypes(@ForAll("attacks") @Of(Category.WRONG_CONTENT_TYPE) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void truncatedBodies(@ForAll("attacks") @Of(Category.TRUNCATED_BODY) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void signatureShapes(@ForAll("attacks") @Of(Category.SIGNATURE_SHAPE) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void authorizationParts(@ForAll("attacks") @Of(Category.AUTHORIZATION_PARTS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void signedHeaders(@ForAll("attacks") @Of(Category.SIGNED_HEADERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void dateFormats(@ForAll("attacks") @Of(Category.DATE_FORMAT) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void hugeFlowIds(@ForAll("attacks") @Of(Category.HUGE_FLOW_ID) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void metacharacters(@ForAll("attacks") @Of(Category.METACHARACTERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void actionParameters(@ForAll("attacks") @Of(Category.ACTION_PARAMETERS) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Example
    void everyParameterKindOfEveryAction() throws IOException {
        ActionParameters table = attacks.parameterTable();
        int n = 0;
        for (CamsAction action : CamsAction.values()) {
            for (ActionParameters.Parameter parameter : table.of(action)) {
                for (ActionParameters.Bad bad : parameter.bad()) {
                    ActionParameters.Spoiled spoiled = new ActionParameters.Spoiled(action, parameter.name(), bad.kind(),
                            bad.values().sample(), bad.code());
                    isRefused(attacks.spoiledCall(CallVariant.official(n++), spoiled));
                }
            }
        }
        // ten actions; FlowId on eight, CustSpaceId on all ten, the rest on their own actions
        assertThat(n).as("parameter kinds of all actions tried").isGreaterThanOrEqualTo(100);
    }

    @Property
    void apiNames(@ForAll("attacks") @Of(Category.API_NAMES) Attack attack) throws IOException {
        isRefused(attack);
    }

    @Property
    void brokenHttp(@ForAll("attacks") @Of(Category.BROKEN_HTTP) Attack attack) throws IOException {
        isRefused(attack);
    }

    private static void isRefused(Attack attack) throws IOException {
        TRIED.get(attack.category()).incrementAndGet();
        WireRequest request = attack.build(attacks.key(), server.endpoint());
        RawResponse response = RawHttp.exchange(server.port(), request.toBytes());
        String context = attack + ", sent as " + request;
        String code = ErrorContract.assertClientError(response, fixture.secrets(), context);
        assertThat(attack.expectedCodes()).as("the code for %s", context).contains(code);
        assertThat(store.read()).as("the fuzz account's flows after %s", context).isEqualTo(storeBefore);
        if (ATTACKS.incrementAndGet() % VALID_EVERY == 0) {
            validRequestStillServed();
            storeBefore = store.read(); // a GetFlow may renew an expired preview link
        }
    }

    /** A valid request of one of the shapes the official clients send, then its exact replay. */
    private static void validRequestStillServed() throws IOException {
        List<CallVariant> variants = CallVariant.all();
        CallVariant variant = variants.get(VALID.getAndIncrement() % variants.size());
        byte[] request = Signing.as(attacks.key(), server.endpoint()).wire(variant, attacks.validCall(variant)).toBytes();

        RawResponse answer = RawHttp.exchange(server.port(), request);
        assertThat(answer.status()).as("a valid %s request between the attacks: %s", variant, answer).isEqualTo(200);
        JsonNode body = ErrorContract.parse(answer);
        assertThat(body.path("Code").asText()).isEqualTo("OK");
        assertThat(body.path("Data").path("FlowId").asText()).isEqualTo(attacks.ownFlowId());

        RawResponse replay = RawHttp.exchange(server.port(), request);
        assertThat(ErrorContract.assertClientError(replay, fixture.secrets())).as("the replay of a valid %s request", variant)
                .isEqualTo("SignatureNonceUsed");
        REPLAYED.incrementAndGet();
    }
}
