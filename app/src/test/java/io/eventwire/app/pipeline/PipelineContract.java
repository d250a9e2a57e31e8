package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.ingest.Ingestor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Strike;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.alert.AlertIds;
import io.eventwire.sink.rules.Outcome;
import io.eventwire.sink.rules.RuleSet;
import io.eventwire.sink.webhook.RetryPolicy;
import io.eventwire.sink.webhook.WebhookClient;
import io.eventwire.sink.webhook.WebhookDelivery;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.CopyOnWriteArrayList;
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
    private static final LocalPipeline.Options OPTIONS =
            LocalPipeline.Options.defaults().withPartitions(2).withStartTimeout(TIMEOUT);

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

        // The default rules: the school strike with 10 killed, the arms pause, the Putin-Trump call.
        List<Alert> alerts = alerts();
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.getRule()).isEqualTo("deadly-strike");
            assertThat(((Strike) a.getEvent().getDetails()).getKilled().getValue()).isEqualTo(10);
        });
        assertThat(alerts).anySatisfy(a -> assertThat(a.getRule()).isEqualTo("arms-pause"));
        assertThat(alerts).anySatisfy(a -> assertThat(a.getRule()).isEqualTo("us-russia-call"));
    }

    @Test
    void ingestingTheSameArticlesAgainLeavesTheEventsAsTheyWere() throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), OPTIONS)) {
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
    void theSampleArticlesRaiseAlertsThatReachTheWebhookOrTheDeadLetterTopic() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // This webhook refuses arms pauses, always: those alerts end as dead letters.
            boolean refused = body.contains("\"alert\":\"arms-pause\"");
            if (!refused) {
                received.add(body);
            }
            exchange.sendResponseHeaders(refused ? 503 : 200, -1);
            exchange.close();
        });
        hook.start();
        WebhookClient client = new WebhookClient(URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook"),
                new RetryPolicy(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(100), Duration.ofSeconds(5)));
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), OPTIONS);
             WebhookDelivery delivery = new WebhookDelivery(connection().clientProperties(), client)) {
            assertThat(pipeline.ingestor().ingest(List.of(SAMPLES)).articles()).isPositive();
            assertThat(pipeline.awaitProcessed(TIMEOUT)).as("pipeline processed the input in time").isTrue();
            long since = System.currentTimeMillis();
            long deadline = since + TIMEOUT.toMillis();
            while (!delivery.caughtUpSince(since) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(delivery.caughtUpSince(since)).as("webhook delivery caught up").isTrue();
        } finally {
            hook.stop(0);
        }

        List<Alert> alerts = alerts();
        Event zaporizhzhia = alerts.stream().map(Alert::getEvent)
                .filter(e -> e.getType() == EventType.STRIKE && e.getLocation() != null
                        && "Zaporizhzhia".equals(e.getLocation().getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no alert for the Zaporizhzhia strike"));
        int killed = ((Strike) zaporizhzhia.getDetails()).getKilled().getValue();
        int band = killed >= 100 ? 100 : killed >= 50 ? 50 : 10;
        assertThat(killed).as("the sample reports at least 12 killed").isGreaterThanOrEqualTo(10);
        assertThat(alerts).filteredOn(a -> a.getRule().equals("deadly-strike")).extracting(Alert::getAlertId)
                .as("one alert, in the highest band the toll reaches; 9 killed in Khan Younis is in none")
                .containsExactly(AlertIds.of("deadly-strike", zaporizhzhia.getEventId(), new Outcome(band, "killed>=" + band)));
        List<Alert> pauses = alerts.stream().filter(a -> a.getRule().equals("arms-pause")).toList();
        assertThat(pauses).extracting(a -> PipelineContract.countries(a.getEvent(), ActorRole.SUPPLIER))
                .contains(Set.of("DEU"));

        ObjectMapper json = new ObjectMapper();
        List<String> delivered = new ArrayList<>();
        for (String body : received) {
            JsonNode alert = json.readTree(body);
            assertThat(alert.at("/event/eventId").asText()).isEqualTo(alert.get("eventId").asText());
            delivered.add(alert.get("alertId").asText());
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(alerts.stream()
                .filter(a -> !a.getRule().equals("arms-pause")).map(Alert::getAlertId).toList());

        AvroSerde<DeadLetter> serde = AvroSerde.deadLetters();
        List<DeadLetter> deadLetters = readAll(Topics.ARTICLES_DLQ, false).stream()
                .map(r -> serde.deserialize(r.topic(), r.value())).toList();
        assertThat(deadLetters).hasSize(pauses.size()).allSatisfy(d -> {
            assertThat(d.getStage()).isEqualTo("sink");
            assertThat(d.getReason()).endsWith("after 3 tries: HTTP 503");
            assertThat(d.getReference()).startsWith("alerts-");
        });
        assertThat(deadLetters).extracting(d -> json.readTree(StandardCharsets.UTF_8.decode(d.getPayload()).toString())
                        .get("alertId").asText())
                .containsExactlyInAnyOrderElementsOf(pauses.stream().map(Alert::getAlertId).toList());
    }

    @Test
    void aSinkStartedAfreshRemembersFromItsChangelogWhichAlertsItRaised() throws Exception {
        Path first = Files.createDirectories(work.resolve("first-report"));
        Files.copy(SAMPLES.resolve("sample-04-strike.txt"), first.resolve("strike.txt"));
        Files.copy(SAMPLES.resolve("sample-04-strike.json"), first.resolve("strike.json"));
        // The same story syndicated under another url: another article of the same strike, merged into the same
        // event, which so reaches the sink a second time.
        Path second = Files.createDirectories(work.resolve("second-report"));
        Files.copy(SAMPLES.resolve("sample-04-strike.txt"), second.resolve("strike.txt"));
        Files.writeString(second.resolve("strike.json"), "{\"published\": \"2025-07-29\", "
                + "\"publisher\": \"Syndicated Copy\", \"url\": \"https://copy.example/strike\"}");
        for (Path input : List.of(first, second)) {
            // A new state folder each time: the second sink must restore the fired bands from the changelog.
            try (LocalPipeline pipeline = LocalPipeline.start(connection(), input.resolveSibling(input + "-state"), OPTIONS)) {
                assertThat(pipeline.ingestor().ingest(List.of(input)).articles()).isEqualTo(1);
                assertThat(pipeline.awaitProcessed(TIMEOUT)).as("pipeline processed the input in time").isTrue();
            }
        }
        List<ConsumerRecord<String, byte[]>> routed = readAll(Topics.STRIKES, true);
        assertThat(routed).as("the strike was routed twice, as reported and as merged").hasSize(2);
        assertThat(routed.get(1).key()).isEqualTo(routed.get(0).key());
        assertThat(AvroSerde.events().deserialize(Topics.STRIKES, routed.get(1).value()).getReportCount()).isEqualTo(2);
        assertThat(alerts()).extracting(Alert::getRule).as("but each rule fired once")
                .containsExactlyInAnyOrder("deadly-strike", "ukraine");
    }

    private List<Alert> alerts() {
        AvroSerde<Alert> serde = AvroSerde.alerts();
        return readAll(Topics.ALERTS, true).stream().map(r -> serde.deserialize(r.topic(), r.value())).toList();
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
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), OPTIONS)) {
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
