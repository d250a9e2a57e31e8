package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.PipelineProgress;
import io.eventwire.app.kafka.StreamsSettings;
import io.eventwire.app.kafka.TopicSetup;
import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.extract.topology.ExtractTopology;
import io.eventwire.ingest.Ingestor;
import io.eventwire.ingest.publish.KafkaArticleTarget;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.rules.RuleSet;
import org.apache.kafka.clients.admin.Admin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The three stages in one process against one cluster: topics ensured, extract and sink running, an ingestor
 * ready. Used by {@code eventwire run} and by the end-to-end tests.
 */
public final class LocalPipeline implements AutoCloseable {

    private final Admin admin;
    private final List<String> createdTopics;
    private final StreamsApp extract;
    private final StreamsApp sink;
    private final KafkaArticleTarget target;
    private final Ingestor ingestor;

    private LocalPipeline(Admin admin, List<String> createdTopics, StreamsApp extract, StreamsApp sink,
                          KafkaArticleTarget target, Ingestor ingestor) {
        this.admin = admin;
        this.createdTopics = createdTopics;
        this.extract = extract;
        this.sink = sink;
        this.target = target;
        this.ingestor = ingestor;
    }

    /** How to run the stages; {@link #defaults()} and the withers give the rest. */
    public record Options(int partitions, int threads, long maxArticleBytes, EventExtractor extractor,
                          MergeRule mergeRule, RuleSet rules, Duration startTimeout) {

        public static Options defaults() {
            return new Options(3, Stages.AUTO_THREADS, 1 << 20, new RuleBasedExtractor(), MergeRule.defaults(),
                    RuleSet.defaults(), Duration.ofMinutes(2));
        }

        public Options withPartitions(int value) {
            return new Options(value, threads, maxArticleBytes, extractor, mergeRule, rules, startTimeout);
        }

        public Options withThreads(int value) {
            return new Options(partitions, value, maxArticleBytes, extractor, mergeRule, rules, startTimeout);
        }

        public Options withMaxArticleBytes(long value) {
            return new Options(partitions, threads, value, extractor, mergeRule, rules, startTimeout);
        }

        public Options withExtractor(EventExtractor value) {
            return new Options(partitions, threads, maxArticleBytes, value, mergeRule, rules, startTimeout);
        }

        public Options withMergeRule(MergeRule value) {
            return new Options(partitions, threads, maxArticleBytes, extractor, value, rules, startTimeout);
        }

        public Options withRules(RuleSet value) {
            return new Options(partitions, threads, maxArticleBytes, extractor, mergeRule, value, startTimeout);
        }

        public Options withStartTimeout(Duration value) {
            return new Options(partitions, threads, maxArticleBytes, extractor, mergeRule, rules, value);
        }
    }

    public static LocalPipeline start(KafkaConnection connection, Path stateDir, Options options) {
        Admin admin = Admin.create(connection.clientProperties());
        StreamsApp extract = null;
        StreamsApp sink = null;
        try {
            List<String> created = TopicSetup.ensureTopics(admin, options.partitions());
            extract = Stages.startExtract(connection, stateDir,
                    Stages.extractThreads(options.threads(), options.partitions()), options.extractor(),
                    options.mergeRule(), options.startTimeout());
            sink = Stages.startSink(connection, stateDir, Stages.sinkThreads(options.threads()),
                    options.startTimeout(), options.rules());
            KafkaArticleTarget target = new KafkaArticleTarget(connection.clientProperties());
            Ingestor ingestor = new Ingestor(new ArticleParser(options.maxArticleBytes(), Clock.systemUTC()), target,
                    Clock.systemUTC());
            return new LocalPipeline(admin, created, extract, sink, target, ingestor);
        } catch (RuntimeException e) {
            if (sink != null) {
                sink.close();
            }
            if (extract != null) {
                extract.close();
            }
            admin.close();
            throw e;
        }
    }

    public List<String> createdTopics() {
        return createdTopics;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    /** The producer ingest uses, for callers that build raw articles themselves (benchmarks, load tests). */
    public KafkaArticleTarget articleTarget() {
        return target;
    }

    /**
     * Waits until extract has committed past every article in articles.raw and every report in its merge step's
     * repartition topic, and sink past every event in events; outputs are committed with those offsets
     * (exactly-once), so everything is then on the per-type topics.
     *
     * @return false if that did not happen within {@code timeout}
     */
    public boolean awaitProcessed(Duration timeout) throws InterruptedException {
        PipelineProgress progress = new PipelineProgress(admin);
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (progress.caughtUp(StreamsSettings.EXTRACT_APP_ID, Topics.ARTICLES_RAW, false)
                    && progress.caughtUp(StreamsSettings.EXTRACT_APP_ID,
                            ExtractTopology.mergeCandidatesTopic(StreamsSettings.EXTRACT_APP_ID), true)
                    && progress.caughtUp(StreamsSettings.SINK_APP_ID, Topics.EVENTS, true)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        target.close();
        sink.close();
        extract.close();
        admin.close();
    }
}
