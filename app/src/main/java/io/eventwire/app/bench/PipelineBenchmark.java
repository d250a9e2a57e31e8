package io.eventwire.app.bench;

import io.eventwire.app.broker.EmbeddedKafka;
import io.eventwire.app.generate.ArticleGenerator;
import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.pipeline.LocalPipeline;
import io.eventwire.app.pipeline.Stages;
import io.eventwire.app.support.Folders;
import io.eventwire.app.support.Waiting;
import io.eventwire.app.watch.EventWatcher;
import io.eventwire.extract.EventExtractor;
import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.ingest.publish.KafkaArticleTarget;
import io.eventwire.schemas.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * The real pipeline under load, in one process on a fresh embedded broker per phase: throughput of a pass-through
 * pipeline (extraction replaced by {@link PassThroughExtractor}, all else equal), throughput of the full pipeline,
 * and end-to-end latency of the full pipeline at a fixed offered rate.
 */
public final class PipelineBenchmark {

    /** What one run measured. */
    public record Result(int articles, double passThroughPerSecond, double passThroughEventsPerSecond,
                         double fullPerSecond, double fullEventsPerSecond, long p50Millis, long p95Millis,
                         long p99Millis, int latencySamples, long peakHeapMegabytes) {

        public double ratio() {
            return fullPerSecond / passThroughPerSecond;
        }

        public String lastLine() {
            return String.format(java.util.Locale.ROOT,
                    "bench: articles=%d passthrough=%.0f/s full=%.0f/s ratio=%.2f p50_ms=%d p99_ms=%d heap_mb=%d",
                    articles, passThroughPerSecond, fullPerSecond, ratio(), p50Millis, p99Millis, peakHeapMegabytes);
        }
    }

    /** Articles and event records over the measured seconds of a phase, or of part of one. */
    private record Throughput(long articles, long events, double seconds) {

        static final Throughput NONE = new Throughput(0, 0, 0);

        static Throughput sum(List<Throughput> parts) {
            return parts.stream().reduce(NONE, (x, y) -> new Throughput(x.articles + y.articles,
                    x.events + y.events, x.seconds + y.seconds));
        }

        double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : Double.NaN;
        }

        double eventsPerSecond() {
            return seconds > 0 ? events / seconds : Double.NaN;
        }
    }

    private static final int SETTLING_SECONDS = 5;
    /** Articles through a measured phase's fresh pipeline before it is measured (the JVM is warm by then). */
    private static final int SETTLING_ARTICLES = 10_000;

    /** The parts of a run. */
    public enum Phase { PASSTHROUGH, FULL, LATENCY }

    private final java.util.Set<Phase> phases;
    private final int articles;
    private final int warmUpArticles;
    private final int rate;
    private final Duration latencyDuration;
    private final int partitions;
    private final int threads;
    private final PrintStream log;

    public PipelineBenchmark(java.util.Set<Phase> phases, int articles, int warmUpArticles, int rate,
                             Duration latencyDuration, int partitions, int threads, PrintStream log) {
        this.phases = java.util.Set.copyOf(phases);
        this.articles = articles;
        this.warmUpArticles = warmUpArticles;
        this.rate = rate;
        this.latencyDuration = latencyDuration;
        this.partitions = partitions;
        this.threads = threads;
        this.log = log;
    }

    public Result run() throws Exception {
        // What the figures depend on besides the code: the JIT mode above all (see the eventwire script).
        log.printf("jvm %s, %d cores, options %s; %d partitions, extract threads %d, sink threads %d%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), partitions,
                Stages.extractThreads(threads, partitions), Stages.sinkThreads(threads));
        PassThroughExtractor passThroughExtractor = new PassThroughExtractor();
        RuleBasedExtractor fullExtractor = new RuleBasedExtractor();
        if (warmUpArticles > 0) {
            // One unmeasured pass through each pipeline before either is measured: the JIT compiles the broker's,
            // Streams' and the extractor's hot code for minutes, taking most of a core meanwhile. Measured one
            // after the other, the first phase paid for the code both share and the ratio came out too high.
            if (phases.contains(Phase.PASSTHROUGH)) {
                throughput("pass-through", passThroughExtractor, warmUpArticles, 0);
            }
            if (phases.contains(Phase.FULL)) {
                throughput("full", fullExtractor, warmUpArticles, 0);
            }
        }
        int settling = Math.min(warmUpArticles, SETTLING_ARTICLES);
        // The machine's speed drifts (on a shared 2-core machine the same phase ran 3,100/s and 7,800/s within
        // minutes), and phases run at different moments: measured in halves in the order pass-through, full, full,
        // pass-through, a steady drift cancels out of the ratio.
        List<Throughput> passThroughHalves = new ArrayList<>();
        List<Throughput> fullHalves = new ArrayList<>();
        long passThroughHeap = 0;
        long fullHeap = 0;
        int[] halves = {articles / 2, articles - articles / 2};
        for (Phase phase : List.of(Phase.PASSTHROUGH, Phase.FULL, Phase.FULL, Phase.PASSTHROUGH)) {
            if (!phases.contains(phase)) {
                continue;
            }
            resetPeakHeap();
            if (phase == Phase.PASSTHROUGH) {
                passThroughHalves.add(throughput("pass-through", passThroughExtractor, settling,
                        halves[passThroughHalves.size()]));
                passThroughHeap = Math.max(passThroughHeap, peakHeapMegabytes());
            } else {
                fullHalves.add(throughput("full", fullExtractor, settling, halves[fullHalves.size()]));
                fullHeap = Math.max(fullHeap, peakHeapMegabytes());
            }
        }
        Throughput passThrough = Throughput.sum(passThroughHalves);
        Throughput full = Throughput.sum(fullHalves);
        if (!passThroughHalves.isEmpty() && !fullHalves.isEmpty()) {
            // The two halves apart show how far the machine drifted meanwhile.
            log.printf("ratio full/pass-through: first halves %.2f, second halves %.2f, all %.2f%n",
                    ratio(fullHalves.get(0), passThroughHalves.get(0)),
                    ratio(fullHalves.get(1), passThroughHalves.get(1)), ratio(full, passThrough));
        }
        List<Long> latencies = phases.contains(Phase.LATENCY) ? latency() : new ArrayList<>();
        Collections.sort(latencies);
        log.printf("peak heap (MB): pass-through %d, full %d, latency %d%n", passThroughHeap, fullHeap,
                peakHeapMegabytes());
        return new Result(articles, passThrough.articlesPerSecond(), passThrough.eventsPerSecond(),
                full.articlesPerSecond(), full.eventsPerSecond(), percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), latencies.size(),
                Math.max(Math.max(passThroughHeap, fullHeap), peakHeapMegabytes()));
    }

    /**
     * On a fresh broker and pipeline: offers {@code unmeasured} articles and waits until they are processed (a
     * fresh broker's first seconds pay for first transactions, fetch sessions and state stores), then offers
     * {@code measured} articles as fast as the producer takes them and times until the pipeline has processed
     * them. With no measured articles it only warms up the JVM and measures nothing.
     */
    private Throughput throughput(String name, EventExtractor extractor, int unmeasured, int measured)
            throws Exception {
        Path work = Files.createTempDirectory("eventwire-bench-");
        try (EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("broker"), 0);
             LocalPipeline pipeline = LocalPipeline.start(connection(broker), work.resolve("state"),
                     options().withExtractor(extractor))) {
            ArticleGenerator generator = ArticleGenerator.realistic(1);
            KafkaArticleTarget target = pipeline.articleTarget();
            if (unmeasured > 0) {
                long warmUpStarted = System.nanoTime();
                offer(generator, target, unmeasured);
                await(pipeline, name);
                log.printf("%-12s %s: %d articles in %.1f s, not measured%n", name,
                        measured == 0 ? "warm-up" : "settling", unmeasured, (System.nanoTime() - warmUpStarted) / 1e9);
            }
            if (measured == 0) {
                return Throughput.NONE;
            }
            long eventsBefore = committedRecords(broker, Topics.EVENTS);
            ThreadCpu cpu = ThreadCpu.start();
            long started = System.nanoTime();
            offer(generator, target, measured);
            double offeredSeconds = (System.nanoTime() - started) / 1e9;
            await(pipeline, name);
            double seconds = (System.nanoTime() - started) / 1e9;
            long events = committedRecords(broker, Topics.EVENTS) - eventsBefore;
            Throughput result = new Throughput(measured, events, seconds);
            log.printf("%-12s %d articles in %.1f s (all offered after %.1f s): %.0f articles/s, %.0f events/s "
                            + "(%d event records)%n", name, measured, seconds, offeredSeconds,
                    result.articlesPerSecond(), result.eventsPerSecond(), events);
            log.printf("%-12s CPU by thread role (cores): %s%n", name, cpu.summary(seconds));
            return result;
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    private static void offer(ArticleGenerator generator, KafkaArticleTarget target, int articles) {
        for (int i = 0; i < articles; i++) {
            target.article(generator.next(Instant.now()));
        }
        target.flush();
    }

    private static void await(LocalPipeline pipeline, String name) throws InterruptedException {
        if (!pipeline.awaitProcessed(Duration.ofMinutes(30))) {
            throw new IllegalStateException(name + ": the pipeline did not finish");
        }
    }

    /**
     * Offers articles at a fixed rate and measures, per article that reports an event, from its ingest (the time
     * it was handed to the producer) to the arrival of the first event record on a per-type topic that carries its
     * report. Updates of an event that a later report causes are that later article's latency, not a new one.
     * Articles offered in the first {@value #SETTLING_SECONDS} seconds are not measured.
     */
    private List<Long> latency() throws Exception {
        Path work = Files.createTempDirectory("eventwire-bench-");
        Map<String, Long> ingestedAt = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Long, Long> worstBySecond = new java.util.concurrent.ConcurrentSkipListMap<>();
        long started = System.currentTimeMillis();
        try (EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("broker"), 0);
             LocalPipeline pipeline = LocalPipeline.start(connection(broker), work.resolve("state"), options());
             EventWatcher watcher = new EventWatcher(connection(broker), Topics.perType(), false,
                     (eventId, event, fresh) -> {
                         if (event == null) {
                             return;
                         }
                         long now = System.currentTimeMillis();
                         for (var source : event.getSources()) {
                             Long ingested = ingestedAt.remove(source.getArticleId());
                             if (ingested != null) {
                                 latencies.add(now - ingested);
                                 worstBySecond.merge((now - started) / 1000, now - ingested, Math::max);
                             }
                         }
                     })) {
            ArticleGenerator generator = ArticleGenerator.realistic(2);
            KafkaArticleTarget target = pipeline.articleTarget();
            long total = rate * latencyDuration.toSeconds();
            // The first seconds on a fresh broker pay for first transactions and fetch sessions: not measured.
            long settling = rate * SETTLING_SECONDS;
            total += settling;
            long intervalNanos = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (long i = 0; i < total; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                var article = generator.next(Instant.now());
                if (i >= settling) {
                    ingestedAt.put(article.getArticleId(), System.currentTimeMillis());
                }
                target.article(article);
                next += intervalNanos;
            }
            target.flush();
            pipeline.awaitProcessed(Duration.ofMinutes(5));
            Waiting.untilCaughtUp(watcher::caughtUpSince, Duration.ofMinutes(1));
            log.printf("latency      %d articles offered at %d/s (the first %d s not measured): %d of the measured "
                    + "reached a per-type topic%n", total, rate, SETTLING_SECONDS, latencies.size());
            // Where the slow ones were: a stall shows as a run of high values, a start-up cost at the beginning.
            log.printf("latency      worst per second of the run (ms): %s%n", worstBySecond.values());
            return new ArrayList<>(latencies);
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    private static double ratio(Throughput full, Throughput passThrough) {
        return full.articlesPerSecond() / passThrough.articlesPerSecond();
    }

    private LocalPipeline.Options options() {
        return LocalPipeline.Options.defaults().withPartitions(partitions).withThreads(threads);
    }

    private static KafkaConnection connection(EmbeddedKafka broker) {
        return KafkaConnection.of(broker.bootstrapServers(), null);
    }

    /** Records committed to a topic (transaction markers excluded: one per partition and transaction, estimated). */
    private static long committedRecords(EmbeddedKafka broker, String topic) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(connection(broker).clientProperties())) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long total = 0;
            for (var end : admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get().values()) {
                total += end.offset();
            }
            return total;
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
