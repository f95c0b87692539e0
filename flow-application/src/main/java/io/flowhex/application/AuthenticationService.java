package io.flowhex.application;

import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.NonceStore;
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
 * Decides who signed a request. The signature is checked before the time window and the nonce, so
 * only a holder of the secret learns whether a timestamp or nonce was the problem, and a nonce is
 * recorded only once the request proved it knows the secret.
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
    private final NonceStore nonces;
    private final Clock clock;
    private final Duration tolerance;

    AuthenticationService(AccessKeyRepository accessKeys, NonceStore nonces, Clock clock, Duration tolerance) {
        this.accessKeys = accessKeys;
        this.nonces = nonces;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    @Override
    public Caller authenticate(AuthenticationRequest request) {
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
        // Remember the nonce as long as any copy of this request could still pass the time check.
        Instant expiresAt = (signedAt.isAfter(now) ? signedAt : now).plus(tolerance);
        if (!recordNonce(key.id(), request.nonce(), now, expiresAt)) {
            throw new AuthenticationException(ErrorCode.NONCE_USED);
        }
        return new Caller(key.owner(), key.id());
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

    private boolean recordNonce(AccessKeyId id, String nonce, Instant now, Instant expiresAt) {
        try {
            return nonces.recordIfAbsent(id, nonce, now, expiresAt);
        } catch (NonceLimitExceededException e) {
            // this key alone has signed more calls than the store remembers for one key: flow control
            // for its caller, not a failure of the server
            throw new AuthenticationException(ErrorCode.LIMIT_CONTROL);
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
