package io.eventwire.extract.topology;

import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.schemas.ActorRole;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventStatus;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractTopologyTest {

    private static final String CALL_STORY = """
            PARIS — French President Emmanuel Macron spoke by telephone with Ukrainian President Volodymyr Zelensky \
            on Tuesday, the Elysee said. The two leaders discussed air defence and the coming winter.""";

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Event> events;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        ArticleExtraction extraction = new ArticleExtraction(new RuleBasedExtractor(),
                Clock.fixed(Instant.parse("2025-07-10T10:00:00Z"), ZoneOffset.UTC));
        driver = new TopologyTestDriver(ExtractTopology.build(extraction, MergeRule.defaults()));
        raw = driver.createInputTopic(Topics.ARTICLES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        events = driver.createOutputTopic(Topics.EVENTS, Serdes.String().deserializer(), AvroSerde.events());
        deadLetters = driver.createOutputTopic(Topics.ARTICLES_DLQ, Serdes.String().deserializer(), AvroSerde.deadLetters());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void anArticleBecomesEventsKeyedByEventIdWithTheirSourceAndEvidence() {
        raw.pipeInput("a1", AvroSerde.rawArticles().serialize(Topics.ARTICLES_RAW, article("a1", CALL_STORY)));

        List<KeyValue<String, Event>> out = events.readKeyValuesToList();
        assertThat(out).hasSize(1);
        Event call = out.get(0).value;
        assertThat(out.get(0).key).isEqualTo(call.getEventId());
        assertThat(call.getType()).isEqualTo(EventType.LEADER_CALL);
        assertThat(call.getStatus()).isEqualTo(EventStatus.OCCURRED);
        assertThat(call.getDate()).isEqualTo(LocalDate.of(2025, 7, 8)); // the Tuesday before Thursday 10 July
        assertThat(call.getActors()).filteredOn(a -> a.getRole() == ActorRole.PARTICIPANT)
                .extracting(a -> a.getCountry()).containsExactlyInAnyOrder("FRA", "UKR");
        assertThat(call.getSources()).singleElement().satisfies(s -> {
            assertThat(s.getArticleId()).isEqualTo("a1");
            assertThat(s.getPublisher()).isEqualTo("Example Wire");
            assertThat(s.getOrigin()).isEqualTo("story-1");
        });
        var evidence = call.getEvidence().get(0);
        assertThat(CALL_STORY.substring(evidence.getStart(), evidence.getEnd())).isEqualTo(evidence.getText());
        assertThat(evidence.getText()).contains("spoke by telephone");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void reprocessingTheSameArticleEmitsNothingNew() {
        byte[] bytes = AvroSerde.rawArticles().serialize(Topics.ARTICLES_RAW, article("a1", CALL_STORY));
        raw.pipeInput("a1", bytes);
        raw.pipeInput("a1", bytes);
        assertThat(events.readKeyValuesToList()).hasSize(1);
    }

    @Test
    void anUndecodableRecordIsDeadLetteredAndTheStreamGoesOn() {
        raw.pipeInput("junk", "definitely not avro".getBytes());
        raw.pipeInput("a2", AvroSerde.rawArticles().serialize(Topics.ARTICLES_RAW, article("a2", CALL_STORY)));

        KeyValue<String, DeadLetter> dead = deadLetters.readKeyValue();
        assertThat(dead.key).isEqualTo(Topics.ARTICLES_RAW + "-0@0");
        assertThat(dead.value.getStage()).isEqualTo("extract");
        assertThat(dead.value.getReason()).startsWith("cannot decode the raw article");
        assertThat(dead.value.getPayload().remaining()).isEqualTo("definitely not avro".length());
        assertThat(events.readValuesToList()).hasSize(1);
    }

    @Test
    void anArticleWithoutEventsEmitsNothing() {
        raw.pipeInput("a3", AvroSerde.rawArticles().serialize(Topics.ARTICLES_RAW,
                article("a3", "The central bank left interest rates unchanged on Wednesday, citing slower inflation.")));
        assertThat(events.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    private static RawArticle article(String id, String body) {
        return RawArticle.newBuilder()
                .setArticleId(id).setUrl("https://example.org/" + id).setPublisher("Example Wire")
                .setPublishedAt(Instant.parse("2025-07-10T00:00:00Z")).setFetchedAt(Instant.parse("2025-07-10T08:00:00Z"))
                .setTitle(null).setBody(body).setContentType("text/plain").setOrigin("story-1")
                .build();
    }
}
