package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
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
import java.util.List;
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
    void theSeedArticlesYieldThePutinTrumpCallAndTheUsPauseOfDeliveriesToUkraine() throws Exception {
        Path seeds = CORPUS.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "corpus not found at " + seeds.toAbsolutePath());
        List<Event> events = runPipelineOver(seeds, Topics.perType());

        assertThat(events).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(EventType.LEADER_CALL);
            assertThat(countries(e, ActorRole.PARTICIPANT)).containsExactlyInAnyOrder("RUS", "USA");
            assertThat(e.getStatus()).isEqualTo(EventStatus.OCCURRED);
            assertThat(e.getDate()).isEqualTo(LocalDate.of(2025, 7, 3));
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(EventType.ARMS_PAUSE);
            assertThat(countries(e, ActorRole.SUPPLIER)).containsExactly("USA");
            assertThat(countries(e, ActorRole.RECIPIENT)).containsExactly("UKR");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.getType()).isEqualTo(EventType.PRISONER_SWAP));

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
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), 2, 1, 1 << 20, TIMEOUT,
                RuleSet.defaults());
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
                .findFirst().orElseThrow(() -> new AssertionError("no alert for the 64 killed in Zaporizhzhia"));
        assertThat(alerts).filteredOn(a -> a.getRule().equals("deadly-strike")).extracting(Alert::getAlertId)
                .as("64 killed is in the band 50 only; 9 killed in Khan Younis is in none")
                .containsExactly(AlertIds.of("deadly-strike", zaporizhzhia.getEventId(), new Outcome(50, "killed>=50")));
        List<Alert> pauses = alerts.stream().filter(a -> a.getRule().equals("arms-pause")).toList();
        assertThat(pauses).extracting(a -> PipelineContract.countries(a.getEvent(), ActorRole.SUPPLIER))
                .containsExactlyInAnyOrder(Set.of("DEU"), Set.of("ITA"));

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
        assertThat(deadLetters).hasSize(2).allSatisfy(d -> {
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
        Path input = Files.createDirectories(work.resolve("strike"));
        Files.copy(SAMPLES.resolve("sample-04-strike.txt"), input.resolve("strike.txt"));
        Files.copy(SAMPLES.resolve("sample-04-strike.json"), input.resolve("strike.json"));
        for (String run : List.of("first", "second")) {
            // A new state folder each time: the second sink must restore the fired bands from the changelog.
            try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve(run), 2, 1, 1 << 20, TIMEOUT,
                    RuleSet.defaults())) {
                assertThat(pipeline.ingestor().ingest(List.of(input)).articles()).isEqualTo(1);
                assertThat(pipeline.awaitProcessed(TIMEOUT)).as("pipeline processed the input in time").isTrue();
            }
        }
        List<String> events = readAll(Topics.STRIKES, true).stream().map(r -> r.key()).toList();
        assertThat(events).as("the strike was routed twice").hasSize(2).containsOnly(events.get(0));
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

    private List<Event> runPipelineOver(Path input, List<String> topics) throws Exception {
        try (LocalPipeline pipeline = LocalPipeline.start(connection(), work.resolve("state"), 2, 1, 1 << 20, TIMEOUT)) {
            Ingestor.Report report = pipeline.ingestor().ingest(List.of(input));
            assertThat(report.articles()).isPositive();
            assertThat(pipeline.awaitProcessed(TIMEOUT)).as("pipeline processed the input in time").isTrue();
        }
        AvroSerde<Event> serde = AvroSerde.events();
        List<Event> events = new ArrayList<>();
        for (String topic : topics) {
            readAll(topic, true).forEach(r -> events.add(serde.deserialize(r.topic(), r.value())));
        }
        return events;
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
