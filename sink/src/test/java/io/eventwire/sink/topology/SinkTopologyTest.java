package io.eventwire.sink.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.schemas.Actor;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.ArmsPause;
import io.eventwire.schemas.Count;
import io.eventwire.schemas.DatePrecision;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Location;
import io.eventwire.schemas.Qualifier;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SinkTopologyTest {

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Event> events;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        driver = new TopologyTestDriver(SinkTopology.build(), props);
        events = driver.createInputTopic(Topics.EVENTS, Serdes.String().serializer(), AvroSerde.events());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void eachEventGoesToTheTopicOfItsTypeOnly() {
        events.pipeInput("strike-1", strike("strike-1"));
        events.pipeInput("pause-1", pause("pause-1"));

        Map<String, Event> strikes = output(Topics.STRIKES).readKeyValuesToMap();
        Map<String, Event> pauses = output(Topics.ARMS_PAUSES).readKeyValuesToMap();
        assertThat(strikes).containsOnlyKeys("strike-1");
        assertThat(strikes.get("strike-1").getLocation().getName()).isEqualTo("Kharkiv");
        assertThat(pauses).containsOnlyKeys("pause-1");
        assertThat(output(Topics.LEADER_CALLS).isEmpty()).isTrue();
        assertThat(output(Topics.PRISONER_SWAPS).isEmpty()).isTrue();
    }

    @Test
    void theJsonMirrorCarriesTheFlatViewKeyedByEventId() throws Exception {
        events.pipeInput("strike-1", strike("strike-1"));
        TestOutputTopic<String, String> json = driver.createOutputTopic(Topics.EVENTS_JSON,
                Serdes.String().deserializer(), Serdes.String().deserializer());
        var record = json.readKeyValue();
        assertThat(record.key).isEqualTo("strike-1");
        JsonNode flat = new ObjectMapper().readTree(record.value);
        assertThat(flat.get("country").asText()).isEqualTo("UKR");
        assertThat(flat.get("attacker").asText()).isEqualTo("RUS");
        assertThat(flat.at("/killed/value").asInt()).isEqualTo(3);
        assertThat(flat.get("case").asText()).isEqualTo("hard-01");
    }

    @Test
    void aTombstoneReachesEveryOutputSoARetiredIdDisappearsEverywhere() {
        events.pipeInput("gone", null);
        for (String topic : Topics.perType()) {
            var record = output(topic).readKeyValue();
            assertThat(record.key).isEqualTo("gone");
            assertThat(record.value).isNull();
        }
        var json = driver.createOutputTopic(Topics.EVENTS_JSON, Serdes.String().deserializer(),
                Serdes.String().deserializer()).readKeyValue();
        assertThat(json.key).isEqualTo("gone");
        assertThat(json.value).isNull();
    }

    private TestOutputTopic<String, Event> output(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), AvroSerde.events());
    }

    private static Event strike(String id) {
        return base(id, EventType.STRIKE)
                .setActors(List.of(new Actor(ActorRole.ATTACKER, "RUS", null)))
                .setLocation(new Location("Kharkiv", "UKR"))
                .setDetails(new Strike(new Count(3, Qualifier.EXACT, null), null, null, null))
                .build();
    }

    private static Event pause(String id) {
        return base(id, EventType.ARMS_PAUSE)
                .setActors(List.of(new Actor(ActorRole.SUPPLIER, "USA", null), new Actor(ActorRole.RECIPIENT, "UKR", null)))
                .setDetails(new ArmsPause())
                .build();
    }

    private static Event.Builder base(String id, EventType type) {
        return Event.newBuilder().setEventId(id).setType(type).setCameo("190")
                .setDate(LocalDate.of(2024, 3, 11)).setDatePrecision(DatePrecision.DAY)
                .setStatus(EventStatus.OCCURRED).setLocation(null).setEvidence(List.of())
                .setSources(List.of(new Source("a1", null, "Wire", null, "hard-01", null, null)))
                .setExtractorVersion("test");
    }
}
