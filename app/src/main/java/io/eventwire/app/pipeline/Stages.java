package io.eventwire.app.pipeline;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.StreamsSettings;
import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.merge.MergeRule;
import io.eventwire.extract.topology.ArticleExtraction;
import io.eventwire.extract.topology.ExtractTopology;
import io.eventwire.sink.rules.RuleSet;
import io.eventwire.sink.topology.SinkTopology;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Starts the pipeline's Streams stages with their production wiring. */
public final class Stages {

    /** A {@code threads} value that lets each stage pick its own number of stream threads. */
    public static final int AUTO_THREADS = 0;

    /** The help of a {@code --threads} option that sets both stages. */
    public static final String THREADS_HELP = "Stream threads per stage; 0: extract gets one per core up to the "
            + "partitions, sink one (default: ${DEFAULT-VALUE}).";

    private Stages() {
    }

    /**
     * Stream threads for the extract stage: as asked, or with {@link #AUTO_THREADS} one per core up to the number of
     * partitions (a thread beyond them would get no task). Extraction is CPU-bound: on one thread the stage can use
     * one core only, however many the machine has.
     */
    public static int extractThreads(int requested, int partitions) {
        return requested != AUTO_THREADS ? requested
                : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
    }

    /** Stream threads for the sink stage: as asked, or one with {@link #AUTO_THREADS} (it only routes records). */
    public static int sinkThreads(int requested) {
        return requested != AUTO_THREADS ? requested : 1;
    }

    /** The extract stage with its extractor (user reference data, or the benchmark's pass-through). */
    public static StreamsApp startExtract(KafkaConnection connection, Path stateDir, int threads,
                                          EventExtractor extractor, MergeRule mergeRule, Duration timeout) {
        ArticleExtraction extraction = new ArticleExtraction(extractor, Clock.systemUTC());
        return StreamsApp.start(StreamsSettings.EXTRACT_APP_ID,
                config -> ExtractTopology.build(extraction, mergeRule, config), connection,
                stateDir.resolve("extract"), threads, timeout);
    }

    public static StreamsApp startSink(KafkaConnection connection, Path stateDir, int threads, Duration timeout) {
        return startSink(connection, stateDir, threads, timeout, RuleSet.defaults());
    }

    public static StreamsApp startSink(KafkaConnection connection, Path stateDir, int threads, Duration timeout,
                                       RuleSet rules) {
        return StreamsApp.start(StreamsSettings.SINK_APP_ID, config -> SinkTopology.build(rules, config), connection,
                stateDir.resolve("sink"), threads, timeout);
    }
}
