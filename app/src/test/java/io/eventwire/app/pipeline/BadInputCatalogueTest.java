package io.eventwire.app.pipeline;

import io.eventwire.app.broker.EmbeddedKafka;
import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input through the real pipeline on an embedded broker: each becomes one dead letter on
 * articles.dlq with its stage and reason, and the good articles around them still give their events.
 */
class BadInputCatalogueTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final String GERMAN = "Bei einem Raketenangriff auf die Stadt sind nach Angaben der örtlichen "
            + "Behörden mindestens zwölf Menschen getötet worden. Dutzende weitere wurden verletzt, als die Geschosse "
            + "am frühen Morgen in ein Wohnviertel einschlugen, teilte der Bürgermeister mit.";

    @TempDir
    Path work;

    @Test
    void everyBadInputIsDeadLetteredWithItsReasonAndTheGoodArticlesFlow() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SAMPLES.resolve("sample-02-arms.txt"), in.resolve("good-arms.txt"));
        Files.copy(SAMPLES.resolve("sample-02-arms.json"), in.resolve("good-arms.json"));
        Files.copy(SAMPLES.resolve("sample-04-strike.txt"), in.resolve("good-strike.txt"));
        Files.copy(SAMPLES.resolve("sample-04-strike.json"), in.resolve("good-strike.json"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0});
        Files.write(in.resolve("latin1.txt"), "caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("huge.txt"), "word ".repeat(1000));
        Files.writeString(in.resolve("german.txt"), GERMAN);
        Files.writeString(in.resolve("future.txt"), "Officials said the talks went on.");
        Files.writeString(in.resolve("future.json"), "{\"published\": \"2999-01-01\"}");
        Files.writeString(in.resolve("undated.txt"), "Officials said the talks went on.");
        Files.writeString(in.resolve("undated.json"), "{\"published\": \"last Thursday\"}");
        Files.writeString(in.resolve("scripts-only.html"), "<html><head><script>var a = 1;</script></head><body> </body></html>");
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"text\": \"cut off",
                "[\"an array\"]",
                "{\"title\": \"no text\"}",
                "{\"text\": \"   \"}",
                "{\"text\": \"" + GERMAN + "\"}",
                "{\"text\": \"Officials said the talks went on.\", \"published\": \"2025-07-01\"}") + "\n");

        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("empty.txt", "ingest: empty article: no text"),
                Map.entry("binary.txt", "ingest: binary content, not text"),
                Map.entry("latin1.txt", "ingest: not valid UTF-8 text"),
                Map.entry("huge.txt", "ingest: article of 5000 bytes is over the size limit of 4096 bytes"),
                Map.entry("german.txt", "ingest: text is not English"),
                Map.entry("future.txt", "ingest: published date 2999-01-01T00:00:00Z is in the future"),
                Map.entry("undated.txt", "ingest: unparseable published date 'last Thursday'"),
                Map.entry("scripts-only.html", "ingest: HTML page with no text"),
                Map.entry("feed.jsonl:1", "ingest: malformed JSON line: Unexpected end-of-input: was expecting closing quote for a string value"),
                Map.entry("feed.jsonl:2", "ingest: JSON line is not an object"),
                Map.entry("feed.jsonl:3", "ingest: JSON line has no \"text\" (or \"body\", \"html\") string"),
                Map.entry("feed.jsonl:4", "ingest: empty article: no text"),
                Map.entry("feed.jsonl:5", "ingest: text is not English"),
                Map.entry("articles.raw", "extract: cannot decode the raw article"),
                Map.entry("events", "sink: cannot deserialize a record of events")));

        try (EmbeddedKafka broker = EmbeddedKafka.start()) {
            KafkaConnection connection = KafkaConnection.of(broker.bootstrapServers(), null);
            LocalPipeline.Options options = LocalPipeline.Options.defaults().withPartitions(2).withMaxArticleBytes(4096);
            try (LocalPipeline pipeline = LocalPipeline.start(connection, work.resolve("state"), options)) {
                var report = pipeline.ingestor().ingest(List.of(in));
                assertThat(report.articles()).isEqualTo(3);
                assertThat(report.deadLetters()).isEqualTo(13);
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(connection.clientProperties(),
                        new StringSerializer(), new ByteArraySerializer())) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "garbage", "not Avro".getBytes(StandardCharsets.UTF_8)));
                    producer.send(new ProducerRecord<>(Topics.EVENTS, "garbage", new byte[]{(byte) 0xC3, 0x01, 7}));
                }
                assertThat(pipeline.awaitProcessed(Duration.ofMinutes(2))).isTrue();
            }

            AvroSerde<DeadLetter> serde = AvroSerde.deadLetters();
            Map<String, String> actual = new TreeMap<>();
            for (ConsumerRecord<String, byte[]> record : readAll(connection, Topics.ARTICLES_DLQ)) {
                DeadLetter letter = serde.deserialize(record.topic(), record.value());
                String reference = letter.getReference();
                String input = reference.contains("@") ? reference.substring(0, reference.lastIndexOf('-'))
                        : Path.of(reference).getFileName().toString();
                String reason = letter.getReason();
                if (!letter.getStage().equals("ingest")) {
                    reason = reason.substring(0, reason.indexOf(':')); // the decoder's own words follow
                }
                assertThat(actual.put(input, letter.getStage() + ": " + reason)).as("one dead letter for " + input).isNull();
                assertThat(record.key()).isEqualTo(reference);
            }
            assertThat(actual).isEqualTo(expected);

            AvroSerde<Event> events = AvroSerde.events();
            List<EventType> types = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : readAll(connection, Topics.EVENTS)) {
                try {
                    types.add(events.deserialize(record.topic(), record.value()).getType());
                } catch (RuntimeException e) {
                    // the garbage record written above
                }
            }
            assertThat(types).contains(EventType.ARMS_PAUSE, EventType.STRIKE);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(KafkaConnection connection, String topic) {
        Properties props = connection.clientProperties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            int idle = 0;
            while (System.currentTimeMillis() < deadline) {
                boolean almost = partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p) - 1);
                if (partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p)) || (almost && idle >= 5)) {
                    break;
                }
                var batch = consumer.poll(Duration.ofMillis(200));
                idle = batch.isEmpty() ? idle + 1 : 0;
                batch.forEach(records::add);
            }
            return records;
        }
    }
}
