package io.eventwire.ingest;

import io.eventwire.ingest.publish.ArticleTarget;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.ingest.read.InputScanner;
import io.eventwire.ingest.read.ParseResult;
import io.eventwire.schemas.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Reads the inputs, publishes every article, and sends every input it cannot use to the dead-letter topic. */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final ArticleParser parser;
    private final ArticleTarget target;
    private final Clock clock;

    public Ingestor(ArticleParser parser, ArticleTarget target, Clock clock) {
        this.parser = parser;
        this.target = target;
        this.clock = clock;
    }

    /** What one pass over the inputs did. */
    public record Report(int articles, int deadLetters, List<Path> skipped, List<Path> missing) {
        Report plus(Report other) {
            return new Report(articles + other.articles, deadLetters + other.deadLetters,
                    concat(skipped, other.skipped), concat(missing, other.missing));
        }

        private static List<Path> concat(List<Path> a, List<Path> b) {
            return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
        }
    }

    /** Ingests every input once and waits until Kafka has acknowledged all of it. */
    public Report ingest(List<Path> paths) {
        InputScanner.Scan scan = InputScanner.scan(paths);
        Report report = publish(scan.inputs(), scan);
        target.flush();
        return report;
    }

    /**
     * Ingests the inputs, then keeps watching them and ingests files that appear or change, until {@code stop}
     * says so. Returns the totals.
     */
    public Report follow(List<Path> paths, Duration pollInterval, BooleanSupplier stop) throws InterruptedException {
        Map<Path, FileTime> seen = new HashMap<>();
        Report total = new Report(0, 0, List.of(), List.of());
        while (!stop.getAsBoolean()) {
            InputScanner.Scan scan = InputScanner.scan(paths);
            // A file still being written (or whose sidecar may still be on its way) waits for the next pass.
            long settledBefore = clock.millis() - pollInterval.toMillis();
            List<Path> fresh = scan.inputs().stream()
                    .filter(file -> isSettled(file, settledBefore) && isNewOrChanged(file, seen)).toList();
            if (!fresh.isEmpty()) {
                total = total.plus(publish(fresh, new InputScanner.Scan(fresh, List.of(), List.of())));
                target.flush();
            }
            Thread.sleep(pollInterval.toMillis());
        }
        return total;
    }

    private Report publish(List<Path> files, InputScanner.Scan scan) {
        int articles = 0;
        int deadLetters = 0;
        for (Path file : files) {
            for (ParseResult result : parser.parse(file)) {
                if (result instanceof ParseResult.Parsed parsed) {
                    target.article(parsed.article());
                    articles++;
                } else if (result instanceof ParseResult.Rejected rejected) {
                    LOG.warn("dead letter: {}: {}", rejected.reference(), rejected.reason());
                    target.deadLetter(rejected.reference(), DeadLetter.newBuilder()
                            .setStage("ingest")
                            .setReason(rejected.reason())
                            .setReference(rejected.reference())
                            .setPayload(rejected.payload() == null ? null : ByteBuffer.wrap(rejected.payload()))
                            .setOccurredAt(clock.instant())
                            .build());
                    deadLetters++;
                }
            }
        }
        scan.missing().forEach(path -> LOG.warn("input not found: {}", path));
        return new Report(articles, deadLetters, scan.skipped(), scan.missing());
    }

    private static boolean isSettled(Path file, long settledBeforeMillis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() <= settledBeforeMillis;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isNewOrChanged(Path file, Map<Path, FileTime> seen) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return !modified.equals(seen.put(file, modified));
        } catch (IOException e) {
            return false; // Vanished between listing and reading: the next pass decides.
        }
    }
}
