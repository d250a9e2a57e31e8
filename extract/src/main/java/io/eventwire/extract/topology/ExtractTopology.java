package io.eventwire.extract.topology;

import io.eventwire.extract.topology.ArticleExtraction.Extracted;
import io.eventwire.extract.topology.ArticleExtraction.Failed;
import io.eventwire.extract.topology.ArticleExtraction.Outcome;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.wire.AvroSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.util.List;

/**
 * articles.raw → extract (one report per event per article) → merge the reports of the same real-world event across
 * articles (repartitioned by {@link MergeRule#candidateKey}, state in a changelogged store) → events (compacted,
 * key: eventId); articles that cannot be decoded or extracted → articles.dlq. The work itself is in
 * {@link ArticleExtraction} and {@link io.eventwire.extract.merge}; this class only wires it.
 */
public final class ExtractTopology {

    /** Name of the repartition step that brings the reports of one candidate event together. */
    static final String MERGE_CANDIDATES = "merge-candidates";

    private ExtractTopology() {
    }

    /** The internal topic Kafka Streams creates for the merge step of the application with this id. */
    public static String mergeCandidatesTopic(String applicationId) {
        return applicationId + "-" + MERGE_CANDIDATES + "-repartition";
    }

    public static Topology build(ArticleExtraction extraction, MergeRule mergeRule) {
        return build(extraction, mergeRule, new StreamsBuilder());
    }

    /** Built with the application's settings (which may, say, wrap every processor). */
    public static Topology build(ArticleExtraction extraction, MergeRule mergeRule, TopologyConfig config) {
        return build(extraction, mergeRule, new StreamsBuilder(config));
    }

    private static Topology build(ArticleExtraction extraction, MergeRule mergeRule, StreamsBuilder builder) {
        AvroSerde<RawArticle> rawArticles = AvroSerde.rawArticles();
        AvroSerde<Event> events = AvroSerde.events();
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(MergeProcessor.STORE), Serdes.String(), events));
        var outcomes = builder.stream(Topics.ARTICLES_RAW, Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("read-articles"))
                .processValues(() -> new ExtractProcessor(extraction, rawArticles), Named.as("extract"))
                .flatMapValues(outcome -> outcome, Named.as("each-outcome"));

        outcomes.filter((key, outcome) -> outcome instanceof Extracted, Named.as("events-only"))
                .map((key, outcome) -> {
                    Event report = ((Extracted) outcome).event();
                    return KeyValue.pair(MergeRule.candidateKey(report), report);
                }, Named.as("key-by-merge-candidates"))
                .repartition(Repartitioned.with(Serdes.String(), events).withName(MERGE_CANDIDATES))
                .process(() -> new MergeProcessor(mergeRule), Named.as("merge-reports"), MergeProcessor.STORE)
                .to(Topics.EVENTS, Produced.with(Serdes.String(), events).withName("write-events"));

        outcomes.filter((key, outcome) -> outcome instanceof Failed, Named.as("failures-only"))
                .map((key, outcome) -> KeyValue.pair(((Failed) outcome).reference(), ((Failed) outcome).deadLetter()),
                        Named.as("key-by-reference"))
                .to(Topics.ARTICLES_DLQ, Produced.with(Serdes.String(), AvroSerde.deadLetters()).withName("write-dead-letters"));
        return builder.build();
    }

    /** Decodes each raw article and runs the extraction; a record that does not decode becomes a dead letter. */
    private static final class ExtractProcessor implements FixedKeyProcessor<String, byte[], List<Outcome>> {
        private final ArticleExtraction extraction;
        private final AvroSerde<RawArticle> rawArticles;
        private FixedKeyProcessorContext<String, List<Outcome>> context;

        ExtractProcessor(ArticleExtraction extraction, AvroSerde<RawArticle> rawArticles) {
            this.extraction = extraction;
            this.rawArticles = rawArticles;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, List<Outcome>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            String reference = context.recordMetadata()
                    .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                    .orElse(String.valueOf(record.key()));
            List<Outcome> outcomes;
            try {
                RawArticle article = rawArticles.deserialize(Topics.ARTICLES_RAW, record.value());
                outcomes = article == null ? List.of() : extraction.process(reference, article);
            } catch (SerializationException e) {
                outcomes = List.of(extraction.undecodable(reference, record.value(), e));
            }
            context.forward(record.withValue(outcomes));
        }
    }
}
