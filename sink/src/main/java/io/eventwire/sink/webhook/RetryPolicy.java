package io.eventwire.sink.webhook;

import java.time.Duration;

/**
 * How often and how patiently a webhook POST is tried: up to {@code maxAttempts} tries, waiting
 * {@code initialBackoff} before the second, then {@code multiplier} times longer before each next one, never more
 * than {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff,
                          Duration requestTimeout) {

    /** 5 tries, waiting 0.5 s, 1 s, 2 s, 4 s in between; 10 s per request. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), 2.0, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, not " + multiplier);
        }
    }

    /** The wait before try {@code attempt} (2 for the first retry). */
    public Duration backoffBefore(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 2));
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }
}
