package io.eventwire.app.kafka;

import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.topology.SinkTopology;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The Streams applications' exception handlers, wired as in production by {@link StreamsSettings}. */
class DeadLetterHandlersTest {

    @TempDir
    Path state;

    private Properties settings(String applicationId) {
        return StreamsSettings.forApplication(applicationId, KafkaConnection.of("127.0.0.1:9", null), state, 1);
    }

    private static List<DeadLetter> deadLetters(TopologyTestDriver driver) {
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ,
                Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
        AvroSerde<DeadLetter> serde = AvroSerde.deadLetters();
        return dlq.readValuesToList().stream().map(v -> serde.deserialize(Topics.ARTICLES_DLQ, v)).toList();
    }

    @Test
    void anUndecodableRecordBecomesADeadLetterOfItsStageAndTheStreamGoesOn() {
        // On a real broker this is in the bad-input catalogue (BadInputCatalogueTest); TopologyTestDriver does not
        // forward a deserialization handler's dead letters, so here the handler's answer is checked as it is.
        byte[] garbage = "not an avro event".getBytes(StandardCharsets.UTF_8);
        DeadLetterHandlers.Deserialization handler = new DeadLetterHandlers.Deserialization();
        handler.configure(Map.of("application.id", StreamsSettings.SINK_APP_ID));
        var record = new org.apache.kafka.clients.consumer.ConsumerRecord<>(Topics.EVENTS, 1, 7L,
                "key".getBytes(StandardCharsets.UTF_8), garbage);

        var response = handler.handleError(new Context(Topics.EVENTS, 1, 7, garbage), record,
                new SerializationException("Unrecognized header bytes"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        var dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo(Topics.ARTICLES_DLQ);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("events-1@7");
        DeadLetter letter = AvroSerde.deadLetters().deserialize(Topics.ARTICLES_DLQ, dead.value());
        assertThat(letter.getStage()).isEqualTo("sink");
        assertThat(letter.getReason())
                .isEqualTo("cannot deserialize a record of events: SerializationException: Unrecognized header bytes");
        assertThat(letter.getReference()).isEqualTo("events-1@7");
        assertThat(letter.getPayload()).isEqualTo(ByteBuffer.wrap(garbage));
    }

    @Test
    void theSinkSkipsAnUndecodableEventAndRoutesTheNext() {
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.build(),
                settings(StreamsSettings.SINK_APP_ID))) {
            var events = driver.createInputTopic(Topics.EVENTS, new StringSerializer(), new ByteArraySerializer());
            events.pipeInput("bad-1", "not an avro event".getBytes(StandardCharsets.UTF_8));
            events.pipeInput("bad-2", new byte[]{(byte) 0xC3, 0x01, 1, 2, 3});
            assertThat(driver.createOutputTopic(Topics.EVENTS_JSON, new StringDeserializer(), new StringDeserializer())
                    .isEmpty()).isTrue();
        }
    }

    @Test
    void aResultThatCannotBeSerializedBecomesADeadLetterOfItsInputRecord() {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> failing = Serdes.serdeFrom((topic, value) -> {
            if (value.contains("poison")) {
                throw new SerializationException("value refused: " + value);
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }, new StringDeserializer());
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .to("out", Produced.with(Serdes.String(), failing));
        Topology topology = builder.build();
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, settings(StreamsSettings.EXTRACT_APP_ID))) {
            var in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            in.pipeInput("a", "fine");
            in.pipeInput("b", "poison pill");
            in.pipeInput("c", "fine again");

            assertThat(driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer())
                    .readValuesToList()).containsExactly("fine", "fine again");
            List<DeadLetter> deadLetters = deadLetters(driver);
            assertThat(deadLetters).hasSize(1);
            assertThat(deadLetters.get(0).getStage()).isEqualTo("extract");
            assertThat(deadLetters.get(0).getReason())
                    .startsWith("cannot serialize the value of a record for out: SerializationException: value refused: poison pill");
            assertThat(deadLetters.get(0).getReference()).isEqualTo("in-0@1");
        }
    }

    @Test
    void aRecordTheBrokerRefusesForGoodIsDeadLetteredAndARetriableErrorRetried() {
        DeadLetterHandlers.Production handler = new DeadLetterHandlers.Production();
        handler.configure(Map.of("application.id", StreamsSettings.SINK_APP_ID));
        ErrorHandlerContext context = new Context("events", 2, 41, "the event".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ALERTS, new byte[1], new byte[3]);

        ProductionExceptionHandler.Response refused =
                handler.handleError(context, record, new RecordTooLargeException("too large"));
        assertThat(refused.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(refused.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> dead = refused.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo(Topics.ARTICLES_DLQ);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("events-2@41");
        DeadLetter letter = AvroSerde.deadLetters().deserialize(Topics.ARTICLES_DLQ, dead.value());
        assertThat(letter.getStage()).isEqualTo("sink");
        assertThat(letter.getReason()).isEqualTo("cannot produce to alerts: RecordTooLargeException: too large");
        assertThat(letter.getPayload()).isEqualTo(ByteBuffer.wrap("the event".getBytes(StandardCharsets.UTF_8)));

        assertThat(handler.handleError(context, record, new NotEnoughReplicasException("wait")).result())
                .isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    private record Context(String topic, int partition, long offset, byte[] sourceRawValue)
            implements ErrorHandlerContext {
        @Override
        public org.apache.kafka.common.header.Headers headers() {
            return new org.apache.kafka.common.header.internals.RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "node";
        }

        @Override
        public org.apache.kafka.streams.processor.TaskId taskId() {
            return new org.apache.kafka.streams.processor.TaskId(0, partition);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return null;
        }
    }
}
