package io.eventwire.app.cli;

import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.TopicSetup;
import io.eventwire.app.pipeline.Stages;
import io.eventwire.app.pipeline.StreamsApp;
import io.eventwire.ingest.Ingestor;
import io.eventwire.ingest.publish.KafkaArticleTarget;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.sink.rules.RuleSet;
import io.eventwire.sink.rules.RulesFileException;
import io.eventwire.sink.webhook.WebhookClient;
import io.eventwire.sink.webhook.WebhookDelivery;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Each stage alone against a cluster, as in production: one process per stage, scaled by running more. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Runs one stage of the pipeline against a Kafka cluster.",
        subcommands = {StageCommand.Ingest.class, StageCommand.Extract.class, StageCommand.Sink.class})
public final class StageCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a stage: ingest, extract or sink");
    }

    static KafkaConnection clusterOf(KafkaOptions kafka, CommandSpec spec) {
        if (!kafka.external()) {
            throw new ParameterException(spec.commandLine(),
                    "a stage runs against a cluster: give --bootstrap-servers (or use `eventwire run`)");
        }
        KafkaConnection connection = kafka.connect(null);
        try (Admin admin = Admin.create(connection.clientProperties())) {
            TopicSetup.ensureTopics(admin, kafka.partitions);
        }
        return connection;
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Publishes articles from files and folders to articles.raw (bad ones to articles.dlq).")
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        KafkaOptions kafka;
        @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
                description = "Files or folders: .txt (with optional <stem>.json metadata), .html, .jsonl.")
        List<Path> inputs;
        @Option(names = "--follow", description = "Keep watching the inputs for new or changed files.")
        boolean follow;
        @Option(names = "--max-article-bytes", defaultValue = "1048576", paramLabel = "BYTES")
        long maxArticleBytes;

        @Override
        public Integer call() throws Exception {
            KafkaConnection connection = clusterOf(kafka, spec);
            try (ShutdownSignal shutdown = new ShutdownSignal();
                 KafkaArticleTarget target = new KafkaArticleTarget(connection.clientProperties())) {
                Ingestor ingestor = new Ingestor(new ArticleParser(maxArticleBytes, Clock.systemUTC()), target,
                        Clock.systemUTC());
                Ingestor.Report report;
                if (follow) {
                    report = ingestor.follow(inputs, Duration.ofSeconds(1), shutdown::requested);
                } else {
                    report = ingestor.ingest(inputs);
                }
                System.out.printf("ingest: %d articles, %d dead letters, %d files skipped%n",
                        report.articles(), report.deadLetters(), report.skipped().size());
                return report.missing().isEmpty() ? 0 : 2;
            }
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Runs the extract Streams application (articles.raw -> events) until stopped.")
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        KafkaOptions kafka;
        @Mixin
        MergeOptions merge;
        @Mixin
        ReferenceDataOptions referenceData;
        @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
                description = "Stream threads; 0: one per core (default: ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--state-dir", paramLabel = "DIR", description = "Streams state (default: a temporary folder).")
        Path stateDir;

        @Override
        public Integer call() throws Exception {
            KafkaConnection connection = clusterOf(kafka, spec);
            Path state = stateDir != null ? stateDir : Files.createTempDirectory("eventwire-extract-");
            try (ShutdownSignal shutdown = new ShutdownSignal();
                 // The topics' partitions are not known here: one thread per core (a thread without a task idles).
                 StreamsApp app = Stages.startExtract(connection, state,
                         Stages.extractThreads(threads, Integer.MAX_VALUE), referenceData.extractor(),
                         merge.rule(), Duration.ofMinutes(5))) {
                System.err.println("extract running; stop with SIGTERM or Ctrl-C");
                shutdown.await();
            }
            return 0;
        }
    }

    @Command(name = "sink", mixinStandardHelpOptions = true,
            description = "Runs the sink Streams application (events -> per-type topics, events.json, alerts) "
                    + "until stopped; with --webhook also POSTs the alerts.")
    static final class Sink implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        KafkaOptions kafka;
        @Mixin
        AlertOptions alertOptions;
        @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
                description = "Stream threads; 0: one (default: ${DEFAULT-VALUE}).")
        int threads;
        @Option(names = "--state-dir", paramLabel = "DIR", description = "Streams state (default: a temporary folder).")
        Path stateDir;

        @Override
        public Integer call() throws Exception {
            RuleSet rules;
            Optional<WebhookClient> webhook;
            try {
                rules = alertOptions.rules();
                webhook = alertOptions.webhookClient();
            } catch (RulesFileException | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            KafkaConnection connection = clusterOf(kafka, spec);
            Path state = stateDir != null ? stateDir : Files.createTempDirectory("eventwire-sink-");
            try (ShutdownSignal shutdown = new ShutdownSignal();
                 StreamsApp app = Stages.startSink(connection, state, Stages.sinkThreads(threads),
                         Duration.ofMinutes(5), rules);
                 WebhookDelivery delivery = webhook.map(c -> new WebhookDelivery(connection.clientProperties(), c))
                         .orElse(null)) {
                System.err.printf("sink running with %d alert rules from %s%s; stop with SIGTERM or Ctrl-C%n",
                        rules.rules().size(), rules.origin(),
                        delivery == null ? "" : ", alerts to " + alertOptions.webhook);
                shutdown.await();
            }
            return 0;
        }
    }
}
