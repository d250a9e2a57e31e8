package io.eventwire.sink.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs JSON to a webhook with retries and exponential backoff. A try fails on a network error, a timeout, or a
 * response 5xx, 408 or 429, and is then retried; any other 4xx is final (the same body would be refused again).
 */
public final class WebhookClient {

    /** Waits between tries; a test can record the waits instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The result of delivering one body. */
    public record Delivery(boolean delivered, int attempts, String lastProblem) {
    }

    private final URI url;
    private final RetryPolicy policy;
    private final HttpClient http;
    private final Sleeper sleeper;

    public WebhookClient(URI url, RetryPolicy policy) {
        this(url, policy, d -> Thread.sleep(d.toMillis()));
    }

    public WebhookClient(URI url, RetryPolicy policy, Sleeper sleeper) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("a webhook URL must be http or https: " + url);
        }
        this.url = url;
        this.policy = policy;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(policy.requestTimeout()).build();
    }

    public URI url() {
        return url;
    }

    /** Tries until delivered, refused for good, or out of tries. */
    public Delivery post(String json, String alertId) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/json")
                .header("X-Eventwire-Alert-Id", alertId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        String problem = null;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleeper.sleep(policy.backoffBefore(attempt));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Delivery(true, attempt, null);
                }
                problem = "HTTP " + status;
                if (!retryable(status)) {
                    return new Delivery(false, attempt, problem + " (not retried)");
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        return new Delivery(false, policy.maxAttempts(), problem);
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }
}
