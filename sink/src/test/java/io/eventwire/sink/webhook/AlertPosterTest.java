package io.eventwire.sink.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.wire.AvroSerde;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.eventwire.sink.support.TestEvents.strike;
import static org.assertj.core.api.Assertions.assertThat;

class AlertPosterTest {

    private static final Instant NOW = Instant.parse("2025-07-04T12:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofMillis(1), 2.0,
            Duration.ofMillis(10), Duration.ofSeconds(5));

    private final Alert alert = new Alert("abc123", "deadly-strike", "s1", strike("s1", "PSE", 10),
            Instant.parse("2025-07-03T08:00:00Z"));
    private final byte[] record = AvroSerde.alerts().serialize("alerts", alert);

    @Test
    void theWebhookGetsTheAlertAsJsonWithTheFlatEvent() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 200)) {
            assertThat(poster(hook).deliver("alerts-0@7", record)).isEmpty();
            JsonNode body = new ObjectMapper().readTree(hook.received().get(0).body());
            assertThat(body.get("alert").asText()).isEqualTo("deadly-strike");
            assertThat(body.get("alertId").asText()).isEqualTo("abc123");
            assertThat(body.get("eventId").asText()).isEqualTo("s1");
            assertThat(body.get("firedAt").asText()).isEqualTo("2025-07-03T08:00:00Z");
            assertThat(body.at("/event/killed/value").asInt()).isEqualTo(10);
            assertThat(body.at("/event/country").asText()).isEqualTo("PSE");
        }
    }

    @Test
    void anAlertTheWebhookNeverTakesBecomesADeadLetterOfTheSinkWithTheBody() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 502)) {
            Optional<DeadLetter> dead = poster(hook).deliver("alerts-0@7", record);
            assertThat(hook.received()).hasSize(3);
            assertThat(dead).hasValueSatisfying(d -> {
                assertThat(d.getStage()).isEqualTo("sink");
                assertThat(d.getReason()).isEqualTo("webhook " + hook.url() + " refused alert abc123 after 3 tries: HTTP 502");
                assertThat(d.getReference()).isEqualTo("alerts-0@7");
                assertThat(StandardCharsets.UTF_8.decode(d.getPayload()).toString())
                        .isEqualTo(hook.received().get(2).body());
                assertThat(d.getOccurredAt()).isEqualTo(NOW);
            });
        }
    }

    @Test
    void anUndecodableRecordIsDeadLetteredWithoutAPost() throws Exception {
        try (LocalWebhook hook = new LocalWebhook(() -> 200)) {
            Optional<DeadLetter> dead = poster(hook).deliver("alerts-1@0", "not avro".getBytes(StandardCharsets.UTF_8));
            assertThat(hook.received()).isEmpty();
            assertThat(dead).hasValueSatisfying(d -> assertThat(d.getReason()).startsWith("undecodable alert: "));
        }
    }

    private AlertPoster poster(LocalWebhook hook) {
        return new AlertPoster(new WebhookClient(hook.url(), THREE_TRIES), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
