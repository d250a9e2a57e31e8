package io.eventwire.sink.webhook;

import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.alert.AlertJson;
import org.apache.kafka.common.errors.SerializationException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * One record of the alerts topic to the webhook: decoded, POSTed as JSON ({@link AlertJson#webhookBody}) and, when
 * it cannot be delivered after the last try, turned into a dead letter of stage "sink". No Kafka in here.
 */
public final class AlertPoster {

    static final int MAX_PAYLOAD = 64 * 1024;

    private final AvroSerde<Alert> alerts = AvroSerde.alerts();
    private final WebhookClient client;
    private final Clock clock;

    public AlertPoster(WebhookClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /**
     * @param reference where the record came from, e.g. {@code alerts-0@12}
     * @return the dead letter to publish, or empty when the webhook took the alert
     */
    public Optional<DeadLetter> deliver(String reference, byte[] value) throws InterruptedException {
        Alert alert;
        try {
            alert = alerts.deserialize("alerts", value);
        } catch (SerializationException e) {
            return Optional.of(deadLetter("undecodable alert: " + e.getMessage(), reference, value));
        }
        if (alert == null) {
            return Optional.empty();
        }
        String body = AlertJson.webhookBody(alert);
        WebhookClient.Delivery delivery = client.post(body, alert.getAlertId());
        if (delivery.delivered()) {
            return Optional.empty();
        }
        return Optional.of(deadLetter("webhook " + client.url() + " refused alert " + alert.getAlertId()
                        + " after " + delivery.attempts() + (delivery.attempts() == 1 ? " try: " : " tries: ")
                        + delivery.lastProblem(), reference, body.getBytes(StandardCharsets.UTF_8)));
    }

    private DeadLetter deadLetter(String reason, String reference, byte[] payload) {
        byte[] kept = payload == null ? null : Arrays.copyOf(payload, Math.min(payload.length, MAX_PAYLOAD));
        return new DeadLetter("sink", reason, reference, kept == null ? null : ByteBuffer.wrap(kept), clock.instant());
    }
}
