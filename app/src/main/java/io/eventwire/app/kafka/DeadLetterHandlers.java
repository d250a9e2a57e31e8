package io.eventwire.app.kafka;

import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Kafka Streams exception handlers that turn a record the application cannot read, or a result it cannot write,
 * into a {@link DeadLetter} on {@code articles.dlq} and go on, instead of stopping the stream thread (and crash
 * looping on the same record after every restart). The dead letter is written by the task's own producer, so under
 * exactly-once it is committed with the offsets: written once, never lost.
 */
public final class DeadLetterHandlers {

    /** Dead letters carry the original bytes up to this size, as ingest's do. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);
    private static final AvroSerde<DeadLetter> DEAD_LETTERS = AvroSerde.deadLetters();

    private DeadLetterHandlers() {
    }

    /** A record on an input topic that does not deserialize: dead letter, then the next record. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private String stage = "streams";

        @Override
        public void configure(Map<String, ?> configs) {
            stage = stageOf(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                    Exception exception) {
            String reference = record.topic() + "-" + record.partition() + "@" + record.offset();
            String reason = "cannot deserialize a record of " + record.topic() + ": " + describe(exception);
            LOG.warn("dead letter: {}: {}", reference, reason);
            return Response.resume(List.of(deadLetter(stage, reference, reason, record.value())));
        }
    }

    /**
     * A result that cannot be serialized, or that the broker refuses for good (too large, invalid): dead letter of
     * the input record that led to it, then on. Retriable errors (a broker restarting) are retried.
     */
    public static final class Production implements ProductionExceptionHandler {
        private String stage = "streams";

        @Override
        public void configure(Map<String, ?> configs) {
            stage = stageOf(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                    Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            return Response.resume(List.of(deadLetterOf(context, record.topic(),
                    "cannot produce to " + record.topic() + ": " + describe(exception))));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                 Exception exception, SerializationExceptionOrigin origin) {
            return Response.resume(List.of(deadLetterOf(context, record.topic(), "cannot serialize the "
                    + origin.name().toLowerCase() + " of a record for " + record.topic() + ": " + describe(exception))));
        }

        private ProducerRecord<byte[], byte[]> deadLetterOf(ErrorHandlerContext context, String topic, String reason) {
            String reference = context == null ? topic
                    : context.topic() + "-" + context.partition() + "@" + context.offset();
            LOG.warn("dead letter: {}: {}", reference, reason);
            return deadLetter(stage, reference, reason, context == null ? null : context.sourceRawValue());
        }
    }

    /** The dead-letter record: key the reference, value the Avro {@link DeadLetter}. */
    static ProducerRecord<byte[], byte[]> deadLetter(String stage, String reference, String reason, byte[] payload) {
        DeadLetter deadLetter = DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setReference(reference)
                .setPayload(payload == null || payload.length > MAX_PAYLOAD_BYTES ? null : ByteBuffer.wrap(payload))
                .setOccurredAt(Clock.systemUTC().instant())
                .build();
        return new ProducerRecord<>(Topics.ARTICLES_DLQ, reference.getBytes(StandardCharsets.UTF_8),
                DEAD_LETTERS.serialize(Topics.ARTICLES_DLQ, deadLetter));
    }

    /** "extract" for the application eventwire-extract, "sink" for eventwire-sink. */
    static String stageOf(Map<String, ?> configs) {
        Object id = configs.get(StreamsConfig.APPLICATION_ID_CONFIG);
        if (id == null) {
            return "streams";
        }
        String applicationId = id.toString();
        return applicationId.startsWith("eventwire-") ? applicationId.substring("eventwire-".length()) : applicationId;
    }

    private static String describe(Exception exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = exception.getMessage();
        String rootMessage = root == exception ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return exception.getClass().getSimpleName() + ": " + message + rootMessage;
    }
}
