package io.eventwire.extract.topology;

import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Strike;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cross-article merging in the extract topology, on our own news-style articles and the real extractor. */
class MergeTopologyTest {

    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();
    private static final Instant T0 = Instant.parse("2025-07-04T09:00:00Z");

    private static final RawArticle CALL_A = article("call-a", "Wire A", "2025-07-04", """
            MOSCOW — Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Thursday, \
            the Kremlin said. The conversation lasted about an hour.""");
    private static final RawArticle CALL_B = article("call-b", "Wire B", "2025-07-04", """
            WASHINGTON — Donald Trump held a telephone call with Vladimir Putin on Thursday, the White House said. \
            The two leaders discussed the war in Ukraine.""");
    private static final RawArticle STRIKE_KHARKIV = article("kharkiv-1", "Wire A", "2025-07-03", """
            KHARKIV, Ukraine — A Russian missile struck a residential district of Kharkiv on Wednesday, killing four \
            people and wounding 11, regional governor Oleh Syniehubov said.""");
    private static final RawArticle STRIKE_ODESA = article("odesa-1", "Wire B", "2025-07-03", """
            ODESA, Ukraine — A Russian drone attack on Odesa on Wednesday killed two people, the city's mayor said.""");
    private static final RawArticle STRIKE_KHARKIV_LATER = article("kharkiv-2", "Wire C", "2025-07-04", """
            The number of people killed by a Russian missile strike on Kharkiv on Wednesday has risen to six, with 14 \
            wounded, officials said on Thursday.""");

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Event> events;

    private void start(MergeRule rule) {
        ArticleExtraction extraction = new ArticleExtraction(EXTRACTOR, Clock.fixed(T0, ZoneOffset.UTC));
        driver = new TopologyTestDriver(ExtractTopology.build(extraction, rule));
        raw = driver.createInputTopic(Topics.ARTICLES_RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        events = driver.createOutputTopic(Topics.EVENTS, Serdes.String().deserializer(), AvroSerde.events());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void twoArticlesOnOneCallBecomeOneEventWithTwoSourcesInEitherOrder() {
        Map<String, Event> forward = runInOrder(CALL_A, CALL_B);
        Map<String, Event> backward = runInOrder(CALL_B, CALL_A);

        assertThat(forward).hasSize(1);
        assertThat(backward.keySet()).isEqualTo(forward.keySet());
        Event call = forward.values().iterator().next();
        assertThat(call.getType()).isEqualTo(EventType.LEADER_CALL);
        assertThat(call.getReportCount()).isEqualTo(2);
        assertThat(call.getSources()).extracting(Source::getPublisher).containsExactlyInAnyOrder("Wire A", "Wire B");
        assertThat(call.getDate()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(call.getEvidence()).extracting(e -> e.getArticleId()).contains("call-a", "call-b");
        Event other = backward.values().iterator().next();
        assertThat(other.getReportCount()).isEqualTo(2);
        assertThat(other.getSources()).extracting(Source::getArticleId).isEqualTo(
                call.getSources().stream().map(Source::getArticleId).toList());
    }

    @Test
    void aLateReportUpdatesTheKnownEventUnderTheSameKey() {
        start(MergeRule.defaults());
        pipe(STRIKE_KHARKIV, T0);
        KeyValue<String, Event> first = events.readKeyValue();
        pipe(STRIKE_KHARKIV_LATER, T0.plus(Duration.ofDays(2)));
        KeyValue<String, Event> update = events.readKeyValue();

        assertThat(update.key).isEqualTo(first.key);
        assertThat(update.value.getReportCount()).isEqualTo(2);
        Strike strike = (Strike) update.value.getDetails();
        assertThat(strike.getWounded().getValue()).as("latest report's figure").isEqualTo(14);
        assertThat(strike.getWoundedHighest().getValue()).isEqualTo(14);
        // the later article says the toll "has risen to six": that report gives the toll now
        assertThat(strike.getKilled().getValue()).as("latest report that gives a toll").isEqualTo(6);
        assertThat(update.value.getSources()).extracting(s -> s.getWounded().getValue()).containsExactly(11, 14);
        assertThat(update.value.getLastSeen()).isAfterOrEqualTo(update.value.getFirstSeen());
        assertThat(events.isEmpty()).isTrue();
    }

    @Test
    void reIngestingAnArticleChangesNothing() {
        start(MergeRule.defaults());
        pipe(CALL_A, T0);
        pipe(CALL_B, T0);
        events.readKeyValuesToList();
        pipe(CALL_A, T0.plusSeconds(60));
        pipe(CALL_B, T0.plusSeconds(120));
        assertThat(events.isEmpty()).isTrue();
    }

    @Test
    void strikesOnTheSameDayInDifferentPlacesStayApart() {
        Map<String, Event> result = runInOrder(STRIKE_KHARKIV, STRIKE_ODESA, STRIKE_KHARKIV_LATER);
        assertThat(result).hasSize(2);
        assertThat(result.values()).extracting(e -> e.getLocation().getName())
                .containsExactlyInAnyOrder("Kharkiv", "Odesa");
    }

    @Test
    void afterTheRetentionAReportStartsANewEvent() {
        start(MergeRule.defaults().withRetention(Duration.ofDays(7)));
        pipe(CALL_A, T0);
        String firstId = events.readKeyValue().key;
        pipe(CALL_B, T0.plus(Duration.ofDays(8)));
        KeyValue<String, Event> second = events.readKeyValue();
        assertThat(second.key).isNotEqualTo(firstId);
        assertThat(second.value.getReportCount()).isEqualTo(1);
    }

    @Test
    void anEarlierPublishedReportArrivingLateTakesOverTheIdAndRetiresTheOldOne() {
        RawArticle earlier = article("call-early", "Wire E", "2025-07-03", """
                Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump on Thursday, the \
                Kremlin said late on Thursday.""");
        start(MergeRule.defaults());
        pipe(CALL_A, T0);
        String firstId = events.readKeyValue().key;
        pipe(earlier, T0.plusSeconds(60));
        List<KeyValue<String, Event>> out = events.readKeyValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).key).isEqualTo(firstId);
        assertThat(out.get(0).value).as("tombstone of the retired id").isNull();
        assertThat(out.get(1).key).isNotEqualTo(firstId);
        assertThat(out.get(1).value.getReportCount()).isEqualTo(2);
        assertThat(out.get(1).value.getSources().get(0).getArticleId()).as("publication order").isEqualTo("call-early");
    }

    private Map<String, Event> runInOrder(RawArticle... articles) {
        stop();
        start(MergeRule.defaults());
        Instant t = T0;
        for (RawArticle article : articles) {
            pipe(article, t);
            t = t.plusSeconds(30);
        }
        Map<String, Event> latest = new HashMap<>();
        for (KeyValue<String, Event> kv : events.readKeyValuesToList()) {
            if (kv.value == null) {
                latest.remove(kv.key);
            } else {
                latest.put(kv.key, kv.value);
            }
        }
        return latest;
    }

    private void pipe(RawArticle article, Instant time) {
        RawArticle fetched = RawArticle.newBuilder(article).setFetchedAt(time).build();
        raw.pipeInput(article.getArticleId(), AvroSerde.rawArticles().serialize(Topics.ARTICLES_RAW, fetched), time);
    }

    private static RawArticle article(String id, String publisher, String published, String body) {
        return RawArticle.newBuilder()
                .setArticleId(id).setUrl("https://news.example/" + id).setPublisher(publisher)
                .setPublishedAt(LocalDate.parse(published).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setFetchedAt(T0).setTitle(null).setBody(body).setContentType("text/plain").setOrigin(id)
                .build();
    }
}
