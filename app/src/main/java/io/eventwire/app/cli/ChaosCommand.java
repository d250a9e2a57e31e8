package io.eventwire.app.cli;

import io.eventwire.app.chaos.ChaosRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** The chaos test: exactly-once under kill -9 and a broker restart, checked against a clean run. */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = {"Runs generated articles with bad inputs mixed in through a clean pipeline, then through a",
                "disturbed one (broker, two extract processes and a sink as separate processes; extract killed",
                "with SIGKILL at random points, the broker killed and restarted) and compares the final events,",
                "alerts and dead letters. Exits 1 on any difference; the last line sums it up."})
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", paramLabel = "N",
            description = "Generated articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--bad", defaultValue = "200", paramLabel = "N",
            description = "Bad inputs mixed in, of every kind (default: ${DEFAULT-VALUE}).")
    int bad;

    @Option(names = "--partitions", defaultValue = "6", paramLabel = "P",
            description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--kills", defaultValue = "3", paramLabel = "K",
            description = "Extract processes killed with SIGKILL and restarted (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--broker-restarts", defaultValue = "1", paramLabel = "B",
            description = "Broker kills and restarts (default: ${DEFAULT-VALUE}).")
    int brokerRestarts;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S",
            description = "Seed of the articles and of the kill points (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Keep inputs, broker data, state and process logs here (default: a temporary folder, removed).")
    Path workDir;

    @Option(names = "--timeout", defaultValue = "1800", paramLabel = "S",
            description = "Give up on a run after S seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        boolean temporary = workDir == null;
        Path dir = temporary ? Files.createTempDirectory("eventwire-chaos-") : Files.createDirectories(workDir);
        long started = System.nanoTime();
        try {
            int chunks = Math.max(10, articles / 1000);
            ChaosRun.Result result = new ChaosRun(new ChaosRun.Settings(articles, bad, partitions, kills,
                    brokerRestarts, seed, chunks, Duration.ofMillis(500), dir, Duration.ofSeconds(timeoutSeconds)),
                    System.err).run();
            System.err.printf("chaos: %s in %.0f s%n", result.ok() ? "passed" : "FAILED",
                    (System.nanoTime() - started) / 1e9);
            System.out.println(result.lastLine());
            return result.ok() ? 0 : 1;
        } finally {
            if (temporary) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a leftover temporary folder is harmless
                }
            }
        }
    }
}
