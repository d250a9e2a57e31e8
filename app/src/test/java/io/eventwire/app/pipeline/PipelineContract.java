package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.ingest.Ingestor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path on a real broker: ingest articles, let extract and sink run, then read the per-type topics back
 * with a plain consumer and decode them with the schemas jar alone. Subclasses say which broker.
 */
abstract class PipelineContract {

    static final Path SAMPLES = Path.of("..", "samples");
    static final Path CORPUS = Path.of(System.getProperty("eventwire.corpus", "../../shared/corpus"));
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path work;

    /** The cluster to run against: a fresh one for every test, so each test sees only its own records. */
    abstract KafkaConnection connection();

    @Test
    void theSampleArticlesYieldALeaderCallAndAnArmsPauseOnThePerTypeTopics() throws Exception {
        List<Event> events = runPipelineOver(SAMPLES, Topics.perType());

        Event call = events.stream().filter(e -> e.getType() == EventType.LEADER_CALL
                        && e.getStatus() == EventStatus.OCCURRED && countries(e, ActorRole.PARTICIPANT).size() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("no call between two leaders in " + summary(events)));
        assertThat(call.getSources().get(0).getOrigin()).startsWith("sample-");
        assertThat(call.getEvidence()).isNotEmpty();

        Event pause = events.stream().filter(e -> e.getType() == EventType.ARMS_PAUSE).findFirst()
                .orElseThrow(() -> new AssertionError("no arms pause in " + summary(events)));
        assertThat(countries(pause, ActorRole.SUPPLIER)).isNotEmpty();
        assertThat(countries(pause, ActorRole.RECIPIENT)).isNotEmpty();
        String evidence = pause.getEvidence().get(0).getText().toLowerCase();
        assertThat(evidence).containsAnyOf("paus", "halt", "suspend", "stop", "freez");
    }

    @Test
    void theSeedArticlesYieldEachRealWorldEventOnceWithAllItsSources() throws Exception {
        Path seeds = CORPUS.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "corpus not found at " + seeds.toAbsolutePath());
        List<Event> events = runPipelineOver(seeds, Topics.perType());

        List<Event> putinTrump = events.stream().filter(e -> e.getType() == EventType.LEADER_CALL
                && e.getStatus() == EventStatus.OCCURRED
                && countries(e, ActorRole.PARTICIPANT).equals(Set.of("RUS", "USA"))).toList();
        assertThat(putinTrump).as("the Putin-Trump call, once").hasSize(1);
        assertThat(putinTrump.get(0).getDate()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(putinTrump.get(0).getSources()).extracting(s -> s.getOrigin())
                .containsExactlyInAnyOrder("seed-000", "seed-004");
        assertThat(putinTrump.get(0).getReportCount()).isEqualTo(2);

        List<Event> pauses = events.stream().filter(e -> e.getType() == EventType.ARMS_PAUSE).toList();
        assertThat(pauses).as("the US pause of deliveries to Ukraine, once").hasSize(1);
        assertThat(countries(pauses.get(0), ActorRole.SUPPLIER)).containsExactly("USA");
        assertThat(countries(pauses.get(0), ActorRole.RECIPIENT)).containsExactly("UKR");
        assertThat(pauses.get(0).getReportCount()).isEqualTo(2);

        List<Event> swaps = events.stream().filter(e -> e.getType() == EventType.PRISONER_SWAP).toList();
        assertThat(swaps).as("one swap although the page carries it twice").hasSize(1);
        assertThat(countries(swaps.get(0), ActorRole.PARTY)).containsExactlyInAnyOrder("RUS", "UKR");
    }

    @Test
    void ingestingTheSameArticlesAgainLeavesTheEventsAsTheyWere() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), 2, 1, 1 << 20,
                MergeRule.defaults(), TIMEOUT)) {
            pipeline.ingestor().ingest(List.of(SAMPLES));
            assertThat(pipeline.awaitProcessed(TIMEOUT)).isTrue();
            int recordsAfterFirst = readAll(Topics.EVENTS, true).size();
            Map<String, Event> first = latest(Topics.perType());

            pipeline.ingestor().ingest(List.of(SAMPLES));
            assertThat(pipeline.awaitProcessed(TIMEOUT)).isTrue();
            assertThat(readAll(Topics.EVENTS, true)).as("no new event records").hasSize(recordsAfterFirst);
            assertThat(latest(Topics.perType()).keySet()).isEqualTo(first.keySet());
        }
    }

    @Test
    void aBadInputIsDeadLetteredWithItsReasonAndTheRestFlows() throws Exception {
        Path inputs = Files.createDirectories(work.resolve("mixed"));
        Files.copy(SAMPLES.resolve("sample-02-arms.txt"), inputs.resolve("good.txt"));
        Files.copy(SAMPLES.resolve("sample-02-arms.json"), inputs.resolve("good.json"));
        Files.writeString(inputs.resolve("empty.txt"), "   \n");
        Files.writeString(inputs.resolve("feed.jsonl"), "{\"text\": \n");

        List<Event> events = runPipelineOver(inputs, Topics.perType());
        assertThat(events).extracting(Event::getType).contains(EventType.ARMS_PAUSE);

        AvroSerde<DeadLetter> serde = AvroSerde.deadLetters();
        List<DeadLetter> deadLetters = readAll(Topics.ARTICLES_DLQ, false).stream()
                .map(r -> serde.deserialize(r.topic(), r.value())).toList();
        assertThat(deadLetters).extracting(DeadLetter::getReason)
                .containsExactlyInAnyOrder("empty article: no text", "malformed JSON line: Unexpected end-of-input within/between Object entries");
        assertThat(deadLetters).allSatisfy(d -> assertThat(d.getStage()).isEqualTo("ingest"));
    }

    /** Runs the whole pipeline over the input and returns the latest version of every event. */
    private List<Event> runPipelineOver(Path input, List<String> topics) throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), 2, 1, 1 << 20,
                MergeRule.defaults(), TIMEOUT)) {
            Ingestor.Report report = pipeline.ingestor().ingest(List.of(input));
            assertThat(report.articles()).isPositive();
            assertThat(pipeline.awaitProcessed(TIMEOUT)).as("pipeline processed the input in time").isTrue();
        }
        return new ArrayList<>(latest(topics).values());
    }

    /** The latest version of each event on the topics (updates replace, tombstones remove), decoded with the jar. */
    private Map<String, Event> latest(List<String> topics) {
        AvroSerde<Event> serde = AvroSerde.events();
        Map<String, Event> latest = new LinkedHashMap<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : readAll(topic, true)) {
                Event event = serde.deserialize(record.topic(), record.value());
                if (event == null) {
                    latest.remove(record.key());
                } else {
                    latest.put(record.key(), event);
                }
            }
        }
        return latest;
    }

    /**
     * Everything committed to a topic, read with a plain read_committed consumer. A transactionally written
     * partition ends with a commit marker that is never returned as a record, hence the "- 1".
     */
    List<ConsumerRecord<String, byte[]>> readAll(String topic, boolean transactional) {
        Properties props = connection().clientProperties();
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
            long marker = transactional ? 1 : 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p) - marker)
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    static Set<String> countries(Event event, ActorRole role) {
        return event.getActors().stream().filter(a -> a.getRole() == role && a.getCountry() != null)
                .map(a -> a.getCountry()).collect(Collectors.toSet());
    }

    private static String summary(List<Event> events) {
        return events.stream().map(e -> e.getType() + " " + e.getActors()).collect(Collectors.joining("; "));
    }
}
