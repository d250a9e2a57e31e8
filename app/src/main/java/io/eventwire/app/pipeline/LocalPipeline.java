package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.PipelineProgress;
import io.eventwire.app.kafka.StreamsSettings;
import io.eventwire.app.kafka.TopicSetup;
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

    public static LocalPipeline start(KafkaConnection connection, Path stateDir, int partitions, int threads,
                                      long maxArticleBytes, Duration startTimeout) {
        return start(connection, stateDir, partitions, threads, maxArticleBytes, startTimeout, RuleSet.defaults());
    }

    /** @param rules the sink's alert rules */
    public static LocalPipeline start(KafkaConnection connection, Path stateDir, int partitions, int threads,
                                      long maxArticleBytes, Duration startTimeout, RuleSet rules) {
        Admin admin = Admin.create(connection.clientProperties());
        StreamsApp extract = null;
        StreamsApp sink = null;
        try {
            List<String> created = TopicSetup.ensureTopics(admin, partitions);
            extract = Stages.startExtract(connection, stateDir, threads, startTimeout);
            sink = Stages.startSink(connection, stateDir, threads, startTimeout, rules);
            KafkaArticleTarget target = new KafkaArticleTarget(connection.clientProperties());
            Ingestor ingestor = new Ingestor(new ArticleParser(maxArticleBytes, Clock.systemUTC()), target,
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

    /**
     * Waits until extract has committed past every article in articles.raw and sink past every event in events;
     * their outputs are committed with those offsets (exactly-once), so everything is then on the per-type topics.
     *
     * @return false if that did not happen within {@code timeout}
     */
    public boolean awaitProcessed(Duration timeout) throws InterruptedException {
        PipelineProgress progress = new PipelineProgress(admin);
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (progress.caughtUp(StreamsSettings.EXTRACT_APP_ID, Topics.ARTICLES_RAW, false)
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
