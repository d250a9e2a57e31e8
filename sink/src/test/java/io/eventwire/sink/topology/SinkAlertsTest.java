package io.eventwire.sink.topology;

import io.eventwire.schemas.Alert;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import io.eventwire.sink.alert.AlertIds;
import io.eventwire.sink.rules.Outcome;
import io.eventwire.sink.rules.RuleSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import static io.eventwire.sink.support.TestEvents.call;
import static io.eventwire.sink.support.TestEvents.pause;
import static io.eventwire.sink.support.TestEvents.strike;
import static org.assertj.core.api.Assertions.assertThat;

/** The alert rules in the sink topology: what fires, and what an update of an event fires again. */
class SinkAlertsTest {

    private static final RuleSet RULES = RuleSet.parse("""
            rules:
              - name: deadly
                type: STRIKE
                killed-at-least: [10, 50]
              - name: pauses
                type: ARMS_PAUSE
              - name: us-russia
                all-countries: [USA, RUS]
            """, "test", false);

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Event> events;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        driver = new TopologyTestDriver(SinkTopology.build(RULES), settings("first"));
        events = driver.createInputTopic(Topics.EVENTS, Serdes.String().serializer(), AvroSerde.events());
        alerts = driver.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(), AvroSerde.alerts());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** The alert store is persistent (RocksDB): each driver gets a folder of its own. */
    private Properties settings(String name) {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.resolve(name).toString());
        return props;
    }

    @Test
    void anAlertNamesItsRuleAndCarriesTheEventKeyedByItsId() {
        Instant at = Instant.parse("2025-07-03T10:00:00Z");
        events.pipeInput("s1", strike("s1", "UKR", 12), at);

        TestRecord<String, Alert> record = alerts.readRecord();
        Alert alert = record.value();
        assertThat(record.key()).isEqualTo(alert.getAlertId());
        assertThat(alert.getRule()).isEqualTo("deadly");
        assertThat(alert.getEventId()).isEqualTo("s1");
        assertThat(alert.getEvent()).isEqualTo(strike("s1", "UKR", 12));
        assertThat(alert.getFiredAt()).isEqualTo(at);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void anEventThatMatchesNothingRaisesNothing() {
        events.pipeInput("s1", strike("s1", "UKR", 9));
        events.pipeInput("c1", call("c1", "USA", "UKR"));
        events.pipeInput("gone", null);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void eachMatchingRuleFiresOnce() {
        events.pipeInput("p1", pause("p1", "USA", "RUS"));
        assertThat(alerts.readValuesToList()).extracting(Alert::getRule).containsExactly("pauses", "us-russia");
    }

    @Test
    void anUpdateInTheSameBandDoesNotFireAgain() {
        events.pipeInput("s1", strike("s1", "UKR", 12));
        events.pipeInput("s1", strike("s1", "UKR", 12));
        events.pipeInput("s1", strike("s1", "UKR", 30));
        Event redated = Event.newBuilder(strike("s1", "UKR", 30)).setDate(LocalDate.of(2024, 3, 12)).build();
        events.pipeInput("s1", redated);
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void anUpdateIntoAHigherBandFiresAgainOnceAndALowerTollStaysQuiet() {
        events.pipeInput("s1", strike("s1", "UKR", 8));
        events.pipeInput("s1", strike("s1", "UKR", 25));
        events.pipeInput("s1", strike("s1", "UKR", 60));
        events.pipeInput("s1", strike("s1", "UKR", 70));
        events.pipeInput("s1", strike("s1", "UKR", 20));
        events.pipeInput("s1", strike("s1", "UKR", 55));

        List<Alert> fired = alerts.readValuesToList();
        assertThat(fired).extracting(a -> a.getEvent().getDetails().toString())
                .containsExactly(strike("s1", "UKR", 25).getDetails().toString(),
                        strike("s1", "UKR", 60).getDetails().toString());
        assertThat(fired.get(0).getAlertId()).isNotEqualTo(fired.get(1).getAlertId());
    }

    @Test
    void theBandIsKeptPerEventAndPerRule() {
        events.pipeInput("s1", strike("s1", "UKR", 12));
        events.pipeInput("s2", strike("s2", "UKR", 12));
        events.pipeInput("p1", pause("p1", "USA", "UKR"));
        events.pipeInput("p1", pause("p1", "USA", "RUS"));
        assertThat(alerts.readValuesToList()).extracting(a -> a.getRule() + " " + a.getEventId())
                .containsExactly("deadly s1", "deadly s2", "pauses p1", "us-russia p1");
    }

    @Test
    void theAlertIdIsAFunctionOfRuleEventAndOutcomeSoAReplayYieldsTheSameIds() {
        events.pipeInput("s1", strike("s1", "UKR", 12));
        events.pipeInput("s1", strike("s1", "UKR", 60));
        List<String> first = alerts.readValuesToList().stream().map(Alert::getAlertId).toList();

        // A second application over the same input, as after a reset or a rebuilt state.
        try (TopologyTestDriver replay = new TopologyTestDriver(SinkTopology.build(RULES), settings("replay"))) {
            TestInputTopic<String, Event> input = replay.createInputTopic(Topics.EVENTS,
                    Serdes.String().serializer(), AvroSerde.events());
            input.pipeInput("s1", strike("s1", "UKR", 12));
            input.pipeInput("s1", strike("s1", "UKR", 60));
            List<String> again = replay.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(),
                    AvroSerde.alerts()).readValuesToList().stream().map(Alert::getAlertId).toList();
            assertThat(again).isEqualTo(first);
        }
        assertThat(first).containsExactly(AlertIds.of("deadly", "s1", new Outcome(10, "killed>=10")),
                AlertIds.of("deadly", "s1", new Outcome(50, "killed>=50")));
        assertThat(first.get(0)).hasSize(32).matches("[0-9a-f]+");
    }
}
