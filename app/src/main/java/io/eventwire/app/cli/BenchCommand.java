package io.eventwire.app.cli;

import io.eventwire.app.bench.PipelineBenchmark;
import io.eventwire.app.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** The pipeline benchmark: throughput with and without extraction, latency at a fixed rate, peak heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the real pipeline on embedded brokers: pass-through and full throughput (exactly-once),",
                "end-to-end latency at a fixed offered rate, and the peak heap of this process (broker included)."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "60000", paramLabel = "N",
            description = "Generated articles per throughput phase (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--phases", split = ",", paramLabel = "PHASE", defaultValue = "PASSTHROUGH,FULL,LATENCY",
            description = "Which to run, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    java.util.Set<PipelineBenchmark.Phase> phases;

    @Option(names = "--warm-up", defaultValue = "60000", paramLabel = "N",
            description = "Articles through each throughput phase's pipeline, unmeasured, before any phase is "
                    + "measured, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}; 0 to measure cold).")
    int warmUpArticles;

    @Option(names = "--rate", defaultValue = "200", paramLabel = "R",
            description = "Offered articles per second in the latency phase (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--latency-seconds", defaultValue = "30", paramLabel = "S",
            description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--partitions", defaultValue = "2", paramLabel = "N",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = Stages.THREADS_HELP)
    int threads;

    @Override
    public Integer call() throws Exception {
        PipelineBenchmark.Result result = new PipelineBenchmark(phases, articles, warmUpArticles, rate, Duration.ofSeconds(latencySeconds),
                partitions, threads, System.out).run();
        System.out.printf("latency at %d articles/s: p50=%d ms p95=%d ms p99=%d ms over %d articles with events%n", rate,
                result.p50Millis(), result.p95Millis(), result.p99Millis(), result.latencySamples());
        System.out.printf("events/s: pass-through %.0f, full %.0f%n", result.passThroughEventsPerSecond(),
                result.fullEventsPerSecond());
        System.out.println(result.lastLine());
        return 0;
    }
}
