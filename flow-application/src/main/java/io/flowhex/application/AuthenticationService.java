package io.flowhex.application;

import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides who signed a request, and records nothing: the nonce goes back with the caller, for the
 * gate to record after the quota. The signature is checked before the time window, so only a holder
 * of the secret learns whether the timestamp was the problem.
 */
final class AuthenticationService implements AuthenticateUseCase {

    /**
     * {@code yyyy-MM-dd'T'HH:mm:ss'Z'} exactly: every field a fixed number of ASCII digits. (The pattern
     * {@code uuuu} would also take a signed year such as {@code -2025} or {@code +99999}.)
     */
    private static final DateTimeFormatter SIGNING_TIME = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2).appendLiteral('Z')
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private final AccessKeyRepository accessKeys;
    private final Clock clock;
    private final Duration tolerance;

    private final FlowMetrics metrics;

    AuthenticationService(AccessKeyRepository accessKeys, Clock clock, Duration tolerance, FlowMetrics metrics) {
        this.accessKeys = accessKeys;
        this.clock = clock;
        this.tolerance = tolerance;
        this.metrics = metrics;
    }

    @Override
    public Caller authenticate(AuthenticationRequest request) {
        try {
            return verify(request);
        } catch (AuthenticationException e) {
            // a store that did not answer says nothing about the caller's credentials
            if (e.errorCode() != ErrorCode.SERVICE_UNAVAILABLE) {
                metrics.authenticationFailed(e.code());
            }
            throw e;
        }
    }

    private Caller verify(AuthenticationRequest request) {
        Instant signedAt = parseSigningTime(request.signingTime());
        AccessKey key = lookUp(request.accessKeyId())
                .orElseThrow(() -> new AuthenticationException(ErrorCode.ACCESS_KEY_NOT_FOUND));
        if (!key.isActive()) {
            throw new AuthenticationException(ErrorCode.ACCESS_KEY_INACTIVE);
        }
        boolean verified = false;
        for (String candidate : request.stringsToSign()) {
            verified |= SignatureCalculator.matches(request.scheme(), key.secret(), candidate, request.claimedSignature());
        }
        if (!verified) {
            throw new AuthenticationException(ErrorCode.SIGNATURE_DOES_NOT_MATCH, request.stringsToSign().get(0));
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
            throw new AuthenticationException(ErrorCode.TIMESTAMP_EXPIRED);
        }
        // The nonce must be remembered as long as any copy of this request could pass the time check.
        Instant expiresAt = (signedAt.isAfter(now) ? signedAt : now).plus(tolerance);
        return new Caller(key.owner(), key.id(), Optional.of(new SignatureNonce(request.nonce(), expiresAt)));
    }

    private Optional<AccessKey> lookUp(String rawId) {
        AccessKeyId id;
        try {
            id = new AccessKeyId(rawId);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        try {
            return accessKeys.findById(id);
        } catch (StoreUnavailableException e) {
            throw new AuthenticationException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    private static Instant parseSigningTime(String text) {
        try {
            return LocalDateTime.parse(text, SIGNING_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new AuthenticationException(ErrorCode.TIMESTAMP_FORMAT);
        }
    }
}
