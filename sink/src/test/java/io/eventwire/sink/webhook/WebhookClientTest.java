package io.eventwire.sink.webhook;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookClientTest {

    private static final RetryPolicy FOUR_TRIES = new RetryPolicy(4, Duration.ofMillis(100), 2.0,
            Duration.ofMillis(300), Duration.ofSeconds(5));

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void aDeliveredBodyArrivesAsJsonWithTheAlertId() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 204)) {
            WebhookClient.Delivery delivery = client(hook.url()).post("{\"alert\":\"a\"}", "id-1");
            assertThat(delivery).isEqualTo(new WebhookClient.Delivery(true, 1, null));
            assertThat(hook.received()).singleElement().satisfies(r -> {
                assertThat(r.body()).isEqualTo("{\"alert\":\"a\"}");
                assertThat(r.contentType()).isEqualTo("application/json");
                assertThat(r.alertId()).isEqualTo("id-1");
            });
            assertThat(waits).isEmpty();
        }
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffUntilDelivered() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalWebhook hook = new LocalWebhook(() -> calls.incrementAndGet() <= 2 ? 503 : 200)) {
            WebhookClient.Delivery delivery = client(hook.url()).post("{}", "id");
            assertThat(delivery.delivered()).isTrue();
            assertThat(delivery.attempts()).isEqualTo(3);
            assertThat(hook.received()).hasSize(3);
            assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        }
    }

    @Test
    void afterTheLastTryItGivesUpWithTheLastProblemAndTheBackoffIsCapped() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 500)) {
            WebhookClient.Delivery delivery = client(hook.url()).post("{}", "id");
            assertThat(delivery).isEqualTo(new WebhookClient.Delivery(false, 4, "HTTP 500"));
            assertThat(hook.received()).hasSize(4);
            assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
        }
    }

    @Test
    void theBackoffIsReallyWaited() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 500)) {
            RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(150), 2.0, Duration.ofSeconds(1),
                    Duration.ofSeconds(5));
            new WebhookClient(hook.url(), policy).post("{}", "id");
            List<LocalWebhook.Received> got = hook.received();
            assertThat(got).hasSize(3);
            assertThat(got.get(1).atMillis() - got.get(0).atMillis()).isGreaterThanOrEqualTo(150);
            assertThat(got.get(2).atMillis() - got.get(1).atMillis()).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void aClientErrorIsFinalAndNotRetried() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 400)) {
            WebhookClient.Delivery delivery = client(hook.url()).post("{}", "id");
            assertThat(delivery).isEqualTo(new WebhookClient.Delivery(false, 1, "HTTP 400 (not retried)"));
            assertThat(hook.received()).hasSize(1);
        }
    }

    @Test
    void tooManyRequestsIsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalWebhook hook = new LocalWebhook(() -> calls.incrementAndGet() == 1 ? 429 : 200)) {
            assertThat(client(hook.url()).post("{}", "id").attempts()).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableWebhookIsRetriedAndReportedAsANetworkError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        WebhookClient.Delivery delivery = client(URI.create("http://127.0.0.1:" + port + "/hook")).post("{}", "id");
        assertThat(delivery.delivered()).isFalse();
        assertThat(delivery.attempts()).isEqualTo(4);
        assertThat(delivery.lastProblem()).startsWith("ConnectException");
    }

    @Test
    void onlyHttpUrlsAreTaken() {
        assertThatThrownBy(() -> client(URI.create("ftp://127.0.0.1/hook")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }

    private WebhookClient client(URI url) {
        return new WebhookClient(url, FOUR_TRIES, waits::add);
    }
}
