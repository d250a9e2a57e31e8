package io.eventwire.app.cli;

import io.eventwire.app.broker.EmbeddedKafka;
import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.pipeline.BundledSamples;
import io.eventwire.app.pipeline.LocalPipeline;
import io.eventwire.app.pipeline.Stages;
import io.eventwire.app.support.Folders;
import io.eventwire.app.support.Waiting;
import io.eventwire.app.watch.AlertWatcher;
import io.eventwire.app.watch.EventTable;
import io.eventwire.app.watch.EventWatcher;
import io.eventwire.app.watch.RecordWatcher;
import io.eventwire.ingest.Ingestor;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.EventType;
import io.eventwire.schemas.Topics;
import io.eventwire.schemas.flat.FlatEventView;
import io.eventwire.sink.alert.AlertJson;
import io.eventwire.sink.rules.Rule;
import io.eventwire.sink.rules.RuleSet;
import io.eventwire.sink.rules.RulesFileException;
import io.eventwire.sink.webhook.WebhookClient;
import io.eventwire.sink.webhook.WebhookDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** The main job: broker (embedded unless told otherwise), ingest, extract and sink in one process. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline: ingest the inputs, extract events, route them, and print them.",
                "Without --bootstrap-servers it starts an embedded Kafka broker; without --input it reads the "
                        + "bundled sample articles."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    MergeOptions merge;

    @Mixin
    AlertOptions alertOptions;

    @Mixin
    ReferenceDataOptions referenceData;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Files or folders: .txt (with optional <stem>.json metadata), .html, .jsonl.")
    List<Path> inputs;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the embedded broker's data and the Streams state here (default: a temporary folder).")
    Path dataDir;

    @Option(names = "--follow", description = "Keep running: ingest files that appear in the inputs, print events live.")
    boolean follow;

    @Option(names = "--json", description = "Print the final events as JSON lines in the flat view instead of a table, "
            + "then each alert raised as {\"alert\": rule, \"eventId\": ..., \"event\": {flat view}}.")
    boolean json;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = Stages.THREADS_HELP)
    int threads;

    @Option(names = "--max-article-bytes", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Larger articles go to the dead-letter topic (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "Give up if the input is not processed within this time (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        RuleSet rules;
        Optional<WebhookClient> webhook;
        try {
            rules = alertOptions.rules();
            webhook = alertOptions.webhookClient();
        } catch (RulesFileException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        Path work = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("eventwire-run-");
        // The signal is opened first so that, on Ctrl-C, the JVM waits until the broker is closed and the
        // temporary folder is gone.
        try (ShutdownSignal shutdown = new ShutdownSignal()) {
            EmbeddedKafka broker = null;
            try {
                if (!kafka.external()) {
                    broker = EmbeddedKafka.start(dataDir == null ? null : dataDir.resolve("broker"), 0);
                    err.printf("Embedded Kafka broker (KRaft) on %s, started in %d ms%n", broker.bootstrapServers(),
                            broker.startMillis());
                }
                KafkaConnection connection = kafka.connect(broker == null ? null : broker.bootstrapServers());
                return runPipeline(connection, work, started, shutdown, rules, webhook);
            } finally {
                if (broker != null) {
                    broker.close();
                }
                if (dataDir == null) {
                    Folders.deleteQuietly(work);
                }
            }
        }
    }

    private int runPipeline(KafkaConnection connection, Path work, long started, ShutdownSignal shutdown,
                            RuleSet rules, Optional<WebhookClient> webhook) throws Exception {
        List<Path> sources = inputs != null ? inputs : List.of(BundledSamples.copyTo(work.resolve("samples")));
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Map<String, Event> latest = new LinkedHashMap<>();
        Set<String> touched = new HashSet<>();
        List<Alert> alerts = new ArrayList<>();
        LocalPipeline.Options options = LocalPipeline.Options.defaults().withPartitions(kafka.partitions)
                .withThreads(threads).withMaxArticleBytes(maxArticleBytes).withMergeRule(merge.rule())
                .withExtractor(referenceData.extractor())
                .withRules(rules).withStartTimeout(timeout);
        try (LocalPipeline pipeline = LocalPipeline.start(connection, work.resolve("streams"), options);
             // From the beginning: with --data-dir or an external cluster, the events known before this run count too.
             EventWatcher watcher = new EventWatcher(connection, Topics.perType(), true,
                     (eventId, event, fresh) -> onEvent(eventId, event, fresh, latest, touched));
             // Alerts only from now on: the run shows the alerts it raised.
             AlertWatcher alertWatcher = new AlertWatcher(connection, false, alert -> onAlert(alert, alerts, latest));
             WebhookDelivery delivery = webhook.map(client -> new WebhookDelivery(connection.clientProperties(), client))
                     .orElse(null)) {
            if (!pipeline.createdTopics().isEmpty()) {
                err.printf("Created topics: %s%n", String.join(", ", pipeline.createdTopics()));
            }
            err.printf("Pipeline running (extract, sink) after %d ms; %d alert rules from %s%s%n",
                    (System.nanoTime() - started) / 1_000_000, rules.rules().size(), rules.origin(),
                    delivery == null ? "" : "; alerts to " + alertOptions.webhook);
            if (!json) {
                out.println(EventTable.header());
            }
            if (follow) {
                return follow(pipeline.ingestor(), sources, shutdown);
            }
            long ingestStarted = System.nanoTime();
            Ingestor.Report report = pipeline.ingestor().ingest(sources);
            boolean done = pipeline.awaitProcessed(timeout) && Waiting.untilCaughtUp(watcher::caughtUpSince, timeout)
                    && Waiting.untilCaughtUp(alertWatcher::caughtUpSince, timeout);
            long processedMillis = (System.nanoTime() - ingestStarted) / 1_000_000;
            synchronized (latest) {
                // In the order of the events printed, then of the rules file, rather than as partitions interleave.
                List<String> eventOrder = new ArrayList<>(latest.keySet());
                List<String> ruleOrder = rules.rules().stream().map(Rule::name).toList();
                alerts.sort(Comparator.<Alert>comparingInt(a -> eventOrder.indexOf(a.getEventId()))
                        .thenComparingInt(a -> ruleOrder.indexOf(a.getRule())));
                if (json) {
                    latest.values().forEach(event -> out.println(FlatEventView.toJsonLine(event)));
                    alerts.forEach(alert -> out.println(AlertJson.toJsonLine(alert)));
                } else if (!alerts.isEmpty()) {
                    out.printf("%nAlerts raised (%d):%n", alerts.size());
                    alerts.forEach(alert -> out.println(EventTable.alertRow(alert)));
                }
            }
            if (delivery != null && done) {
                done = Waiting.untilCaughtUp(delivery::caughtUpSince, timeout);
                err.printf("Webhook: %d alerts delivered, %d dead letters%n", delivery.delivered(),
                        delivery.deadLettered());
            }
            printSummary(report, latest, touched, alerts, processedMillis, (System.nanoTime() - started) / 1_000_000);
            if (!done) {
                err.printf("Timed out after %d s before the pipeline had processed all input.%n", timeoutSeconds);
                return 1;
            }
            return 0;
        }
    }

    private void onEvent(String eventId, Event event, boolean fresh, Map<String, Event> latest, Set<String> touched) {
        synchronized (latest) {
            if (event == null) {
                latest.remove(eventId); // merged into another event under another id
                touched.remove(eventId);
                return;
            }
            latest.put(eventId, event);
            if (fresh) {
                touched.add(eventId);
            }
            if (!json) {
                out.println(EventTable.row(event));
            } else if (follow) {
                out.println(FlatEventView.toJsonLine(event));
            }
        }
    }

    private void onAlert(Alert alert, List<Alert> alerts, Map<String, Event> latest) {
        synchronized (latest) { // one lock for both, so lines printed live never interleave
            alerts.add(alert);
            if (follow) {
                out.println(json ? AlertJson.toJsonLine(alert) : EventTable.alertRow(alert));
            }
        }
    }

    private int follow(Ingestor ingestor, List<Path> sources, ShutdownSignal shutdown) throws InterruptedException {
        err.println("Following the inputs; Ctrl-C to stop.");
        Ingestor.Report report = ingestor.follow(sources, Duration.ofSeconds(1), shutdown::requested);
        err.printf("Stopped: %d articles ingested, %d dead letters%n", report.articles(), report.deadLetters());
        return 0;
    }

    private void printSummary(Ingestor.Report report, Map<String, Event> latest, Set<String> touched, List<Alert> alerts,
                              long processedMillis, long totalMillis) {
        Map<EventType, Long> byType = new EnumMap<>(EventType.class);
        long reports;
        synchronized (latest) {
            latest.values().forEach(e -> byType.merge(e.getType(), 1L, Long::sum));
            reports = latest.values().stream().mapToLong(Event::getReportCount).sum();
        }
        PrintStream summary = json ? err : out;
        summary.println();
        int alertCount;
        synchronized (latest) {
            alertCount = alerts.size();
        }
        summary.printf("Summary: %d articles ingested, %d dead letters, %d files skipped%n",
                report.articles(), report.deadLetters(), report.skipped().size());
        summary.printf("Events: %d%s from %d reports; %d new or updated by this run; %d alerts raised%n", latest.size(),
                byType.isEmpty() ? "" : " (" + byType.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")",
                reports, touched.size(), alertCount);
        summary.printf("Processed in %d ms after ingest started; wall time %d ms%n", processedMillis, totalMillis);
        report.missing().forEach(path -> summary.printf("Input not found: %s%n", path));
    }
}
