package io.eventwire.app.chaos;

import io.eventwire.app.broker.EmbeddedKafka;
import io.eventwire.app.kafka.KafkaConnection;
import io.eventwire.app.kafka.PipelineProgress;
import io.eventwire.app.kafka.StreamsSettings;
import io.eventwire.app.kafka.TopicSetup;
import io.eventwire.app.pipeline.LocalPipeline;
import io.eventwire.extract.topology.ExtractTopology;
import io.eventwire.ingest.Ingestor;
import io.eventwire.ingest.publish.KafkaArticleTarget;
import io.eventwire.ingest.read.ArticleParser;
import io.eventwire.schemas.Alert;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.Evidence;
import io.eventwire.schemas.Source;
import io.eventwire.schemas.Topics;
import io.eventwire.sink.rules.RuleSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The chaos test. The same input (generated articles with bad inputs mixed in) goes through a clean run (one process,
 * fresh broker, no disturbance) and a disturbed run: a broker in a process of its own, two extract processes sharing
 * the partitions, one sink process, while ingest runs; an extract process is killed with SIGKILL at random points
 * and restarted, the broker is killed and restarted on the same port and data. Then the final states, read with
 * read_committed, are compared: nothing may be missing, nothing doubled, and every bad input dead-lettered once.
 */
public final class ChaosRun {

    /** How to run it. */
    public record Settings(int articles, int bad, int partitions, int kills, int brokerRestarts, long seed,
                           int chunks, Duration chunkPause, Path workDir, Duration timeout) {
    }

    /** What it found. */
    public record Result(int articles, int events, int kills, int brokerRestarts, int lost, int doubled,
                         int deadLetters, int expectedDeadLetters, List<String> problems) {

        public boolean ok() {
            return lost == 0 && doubled == 0 && deadLetters == expectedDeadLetters && problems.isEmpty();
        }

        public String lastLine() {
            return String.format(Locale.ROOT, "chaos: articles=%d events=%d kills=%d broker_restarts=%d lost=%d "
                            + "doubled=%d dead_letters=%d expected_dead_letters=%d", articles, events, kills,
                    brokerRestarts, lost, doubled, deadLetters, expectedDeadLetters);
        }
    }

    private static final long MAX_ARTICLE_BYTES = 1 << 20;

    private final Settings settings;
    private final PrintStream log;
    private final Random random;
    private final List<String> problems = new ArrayList<>();

    public ChaosRun(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
        this.random = new Random(settings.seed());
    }

    public Result run() throws Exception {
        long started = System.nanoTime();
        ChaosCorpus corpus = ChaosCorpus.write(settings.workDir().resolve("input"), settings.articles(),
                settings.bad(), settings.chunks(), settings.seed(), MAX_ARTICLE_BYTES);
        log.printf("chaos: %d articles and %d bad inputs written to %s%n", corpus.articles(),
                corpus.expectedDeadLetters(), settings.workDir().resolve("input"));

        Snapshot clean = cleanRun(corpus);
        log.printf("chaos: clean run: %d events, %d alerts, %d dead letters (%.0f s in all so far)%n",
                clean.finalEvents().size(), clean.alerts().size(), clean.deadLetters().size(), seconds(started));
        if (clean.deadLetters().size() != corpus.expectedDeadLetters()) {
            problems.add("the clean run has " + clean.deadLetters().size() + " dead letters, expected "
                    + corpus.expectedDeadLetters());
        }

        Disturbed disturbed = disturbedRun(corpus);
        log.printf("chaos: disturbed run: %d events, %d alerts, %d dead letters, %d kills, %d broker restarts "
                        + "(%.0f s in all so far)%n", disturbed.snapshot.finalEvents().size(),
                disturbed.snapshot.alerts().size(), disturbed.snapshot.deadLetters().size(), disturbed.kills,
                disturbed.brokerRestarts, seconds(started));
        return compare(corpus, clean, disturbed);
    }

    // ---------------------------------------------------------------------------------------------- clean run

    private Snapshot cleanRun(ChaosCorpus corpus) throws Exception {
        Path dir = Files.createDirectories(settings.workDir().resolve("clean"));
        try (EmbeddedKafka broker = EmbeddedKafka.start(dir.resolve("broker"), 0)) {
            KafkaConnection connection = KafkaConnection.of(broker.bootstrapServers(), null);
            LocalPipeline.Options options = LocalPipeline.Options.defaults().withPartitions(settings.partitions())
                    .withMaxArticleBytes(MAX_ARTICLE_BYTES);
            try (LocalPipeline pipeline = LocalPipeline.start(connection, dir.resolve("state"), options)) {
                ingestAll(pipeline.ingestor(), connection, corpus, null);
                if (!pipeline.awaitProcessed(settings.timeout())) {
                    throw new IllegalStateException("the clean run did not finish within " + settings.timeout());
                }
            }
            return Snapshot.read(connection);
        }
    }

    /** Ingests the chunks one after the other (with a pause), the bad files and the garbage records halfway. */
    private void ingestAll(Ingestor ingestor, KafkaConnection connection, ChaosCorpus corpus, Duration pause)
            throws InterruptedException {
        List<Path> chunks = corpus.chunks();
        for (int c = 0; c < chunks.size(); c++) {
            ingestor.ingest(List.of(chunks.get(c)));
            if (c == chunks.size() / 2) {
                ingestor.ingest(corpus.badFiles());
                produceGarbage(connection, corpus);
            }
            if (pause != null) {
                Thread.sleep(pause.toMillis());
            }
        }
    }

    private static void produceGarbage(KafkaConnection connection, ChaosCorpus corpus) {
        Properties props = connection.clientProperties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            int i = 0;
            for (byte[] value : corpus.rawGarbage()) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, "garbage-raw-" + i++, value));
            }
            i = 0;
            for (byte[] value : corpus.eventGarbage()) {
                producer.send(new ProducerRecord<>(Topics.EVENTS, "garbage-event-" + i++, value));
            }
            producer.flush();
        }
    }

    // ------------------------------------------------------------------------------------------- disturbed run

    private record Disturbed(Snapshot snapshot, int kills, int brokerRestarts) {
    }

    private Disturbed disturbedRun(ChaosCorpus corpus) throws Exception {
        Path dir = Files.createDirectories(settings.workDir().resolve("disturbed"));
        int port = freePort();
        String bootstrap = "127.0.0.1:" + port;
        KafkaConnection connection = KafkaConnection.of(bootstrap, null);
        List<String> brokerArgs = List.of("broker", "--port", String.valueOf(port),
                "--data-dir", dir.resolve("broker").toString());
        ChildProcess broker = new ChildProcess("broker", brokerArgs, dir.resolve("logs"));
        List<ChildProcess> extracts = new ArrayList<>();
        ChildProcess sink = null;
        int kills = 0;
        int brokerRestarts = 0;
        try {
            broker.start();
            awaitBroker(connection);
            try (Admin admin = admin(connection)) {
                TopicSetup.ensureTopics(admin, settings.partitions());
            }
            for (int i = 1; i <= 2; i++) {
                extracts.add(new ChildProcess("extract-" + i, List.of("stage", "extract", "--bootstrap-servers",
                        bootstrap, "--partitions", String.valueOf(settings.partitions()), "--state-dir",
                        dir.resolve("state-extract-" + i).toString()), dir.resolve("logs")));
            }
            sink = new ChildProcess("sink", List.of("stage", "sink", "--bootstrap-servers", bootstrap,
                    "--partitions", String.valueOf(settings.partitions()), "--state-dir",
                    dir.resolve("state-sink").toString()), dir.resolve("logs"));
            for (ChildProcess extract : extracts) {
                extract.start();
            }
            sink.start();

            // Ingest in the background, as a live feed would, while the disturbances happen.
            AtomicReference<Throwable> ingestFailure = new AtomicReference<>();
            Thread ingest = new Thread(() -> {
                try (KafkaArticleTarget target = new KafkaArticleTarget(ingestProducerProperties(connection))) {
                    Ingestor ingestor = new Ingestor(new ArticleParser(MAX_ARTICLE_BYTES, Clock.systemUTC()), target,
                            Clock.systemUTC());
                    ingestAll(ingestor, connection, corpus, settings.chunkPause());
                } catch (Throwable e) {
                    ingestFailure.set(e);
                }
            }, "chaos-ingest");
            ingest.start();

            // The disturbances, in random order, each at a random point of the extract stage's progress.
            List<String> plan = new ArrayList<>();
            for (int i = 0; i < settings.kills(); i++) {
                plan.add("kill");
            }
            for (int i = 0; i < settings.brokerRestarts(); i++) {
                plan.add("broker");
            }
            java.util.Collections.shuffle(plan, random);
            List<Double> points = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                points.add(0.1 + 0.8 * random.nextDouble());
            }
            points.sort(null);
            long total = corpus.articles() + corpus.rawGarbage().size();
            long deadline = System.currentTimeMillis() + settings.timeout().toMillis();
            try (Admin admin = admin(connection)) {
                for (int d = 0; d < plan.size(); d++) {
                    double progress;
                    do {
                        Thread.sleep(100);
                        progress = extractProgress(admin, total);
                    } while (progress < points.get(d) && progress < 0.999 && ingestFailure.get() == null
                            && System.currentTimeMillis() < deadline);
                    if (ingestFailure.get() != null) {
                        break;
                    }
                    if (plan.get(d).equals("kill")) {
                        ChildProcess victim = extracts.get(random.nextInt(extracts.size()));
                        log.printf("chaos: kill -9 %s at %.0f %% of the articles%n", victim.name, progress * 100);
                        victim.kill();
                        kills++;
                        Thread.sleep(random.nextInt(2000));
                        victim.start();
                    } else {
                        log.printf("chaos: kill -9 the broker at %.0f %% of the articles, restart it on port %d%n",
                                progress * 100, port);
                        broker.kill();
                        brokerRestarts++;
                        Thread.sleep(500 + random.nextInt(1500));
                        broker.start();
                        awaitBroker(connection);
                    }
                }
                ingest.join(Math.max(1, deadline - System.currentTimeMillis()));
                if (ingest.isAlive()) {
                    throw new IllegalStateException("ingest did not finish within " + settings.timeout());
                }
                if (ingestFailure.get() != null) {
                    throw new IllegalStateException("ingest failed: " + ingestFailure.get(), ingestFailure.get());
                }
                log.printf("chaos: ingest done; waiting for extract and sink to catch up%n");
                awaitProcessed(admin, deadline, extracts, sink);
            }
            return new Disturbed(Snapshot.read(connection), kills, brokerRestarts);
        } finally {
            for (ChildProcess extract : extracts) {
                extract.stop();
            }
            if (sink != null) {
                sink.stop();
            }
            broker.stop();
        }
    }

    private static Properties ingestProducerProperties(KafkaConnection connection) {
        Properties props = connection.clientProperties();
        // Ride out a broker restart: retry for up to five minutes before giving up on a record.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
        // One request in flight per partition: with five, this broker (4.3.1) was seen rejecting a retried first
        // batch as out of order for good ("incoming seq 0, current end 39") and ingest stalled until its timeout.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        return props;
    }

    /** Share of the input the extract stage has committed (0 while it cannot tell, e.g. the broker is down). */
    private static double extractProgress(Admin admin, long total) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets(StreamsSettings.EXTRACT_APP_ID).partitionsToOffsetAndMetadata()
                    .get(5, TimeUnit.SECONDS);
            long done = committed.entrySet().stream().filter(e -> e.getKey().topic().equals(Topics.ARTICLES_RAW))
                    .mapToLong(e -> e.getValue() == null ? 0 : e.getValue().offset()).sum();
            return done / (double) total;
        } catch (Exception e) {
            return 0;
        }
    }

    private void awaitProcessed(Admin admin, long deadline, List<ChildProcess> extracts, ChildProcess sink)
            throws InterruptedException {
        PipelineProgress progress = new PipelineProgress(admin);
        int stable = 0;
        while (System.currentTimeMillis() < deadline) {
            for (ChildProcess process : extracts) {
                process.restartIfDead(log);
            }
            sink.restartIfDead(log);
            boolean caughtUp = progress.caughtUp(StreamsSettings.EXTRACT_APP_ID, Topics.ARTICLES_RAW, false)
                    && progress.caughtUp(StreamsSettings.EXTRACT_APP_ID,
                            ExtractTopology.mergeCandidatesTopic(StreamsSettings.EXTRACT_APP_ID), true)
                    && progress.caughtUp(StreamsSettings.SINK_APP_ID, Topics.EVENTS, true);
            stable = caughtUp ? stable + 1 : 0;
            if (stable >= 3) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the disturbed run did not finish within " + settings.timeout());
    }

    private static void awaitBroker(KafkaConnection connection) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try (Admin admin = admin(connection)) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    admin.listTopics().names().get(5, TimeUnit.SECONDS);
                    return;
                }
            } catch (Exception e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the broker at " + connection.bootstrapServers() + " did not come up");
    }

    private static Admin admin(KafkaConnection connection) {
        Properties props = connection.clientProperties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(props);
    }

    // ---------------------------------------------------------------------------------------------- comparison

    private Result compare(ChaosCorpus corpus, Snapshot clean, Disturbed disturbed) {
        Snapshot chaos = disturbed.snapshot;
        int lost = 0;
        int doubled = 0;
        // Reports: every article's reports must be in the final events exactly once, as in the clean run. Merged
        // events keep every report's sources and evidence, so per article these are the same in any run; how the
        // reports were grouped into events may differ (see below), what they say may not.
        Map<String, List<String>> expectedReports = reportsByArticle(clean);
        Map<String, List<String>> actualReports = reportsByArticle(chaos);
        List<String> lostArticles = new ArrayList<>();
        List<String> doubledArticles = new ArrayList<>();
        Set<String> articles = new TreeSet<>(expectedReports.keySet());
        articles.addAll(actualReports.keySet());
        for (String article : articles) {
            List<String> want = expectedReports.getOrDefault(article, List.of());
            List<String> got = actualReports.getOrDefault(article, List.of());
            if (!minus(want, got).isEmpty()) {
                lostArticles.add(article);
            }
            if (!minus(got, want).isEmpty()) {
                doubledArticles.add(article);
            }
        }
        lost += lostArticles.size();
        doubled += doubledArticles.size();
        log.printf("chaos: %d articles reported events in the clean run, %d in the disturbed run%n",
                expectedReports.size(), actualReports.size());
        report("article with reports missing", lostArticles);
        report("article with reports doubled or changed", doubledArticles);
        // A report applied twice, or a result written twice: identical records on events.
        int duplicateEvents = chaos.duplicateEventRecords();
        doubled += duplicateEvents;
        if (duplicateEvents > 0) {
            log.printf("chaos: %d records on events repeat an earlier record of the same event%n", duplicateEvents);
        }

        // Merged events by id: the grouping of reports into events is a function of the reports, not of the order
        // they met in, so both runs must end with the same events, by id and content.
        Map<String, String> expected = contents(clean);
        Map<String, String> actual = contents(chaos);
        List<String> eventsMissing = expected.keySet().stream()
                .filter(id -> !expected.get(id).equals(actual.get(id))).toList();
        List<String> eventsExtra = actual.keySet().stream().filter(id -> !expected.containsKey(id)).toList();
        lost += eventsMissing.size();
        doubled += eventsExtra.size();
        log.printf("chaos: merged events: %d in the clean run, %d in the disturbed run, %d missing or different, "
                + "%d extra%n", expected.size(), actual.size(), eventsMissing.size(), eventsExtra.size());
        report("event missing or different", eventsMissing);
        report("event not in the clean run", eventsExtra);

        // Alerts: an alertId written twice is a doubled alert; a final event that a rule matches without an alert
        // of that rule for it is a lost one.
        Map<String, Long> alertCounts = chaos.alerts().stream()
                .collect(Collectors.groupingBy(Alert::getAlertId, Collectors.counting()));
        long repeatedAlerts = alertCounts.values().stream().mapToLong(n -> n - 1).sum();
        doubled += (int) repeatedAlerts;
        List<String> alertsMissing = missingAlerts(chaos, RuleSet.defaults());
        lost += alertsMissing.size();
        log.printf("chaos: alerts: %d records, %d distinct ids, %d written more than once, %d missing (clean run: "
                + "%d distinct, %d in common, %d missing)%n", chaos.alerts().size(), alertCounts.size(),
                repeatedAlerts, alertsMissing.size(), clean.alerts().stream().map(Alert::getAlertId).distinct().count(),
                clean.alerts().stream().map(Alert::getAlertId).distinct().filter(alertCounts::containsKey).count(),
                missingAlerts(clean, RuleSet.defaults()).size());
        report("alert missing", alertsMissing);

        // Dead letters: one per bad input, by stage and reason as in the clean run.
        Map<String, Long> expectedReasons = reasons(clean);
        Map<String, Long> actualReasons = reasons(chaos);
        if (!expectedReasons.equals(actualReasons)) {
            problems.add("dead letters by stage and reason differ: clean " + expectedReasons + ", disturbed "
                    + actualReasons);
        }
        log.printf("chaos: dead letters by stage and reason: %s%n", actualReasons);
        for (String problem : problems) {
            log.println("chaos: PROBLEM: " + problem);
        }
        return new Result(corpus.articles(), chaos.finalEvents().size(), disturbed.kills, disturbed.brokerRestarts,
                lost, doubled, chaos.deadLetters().size(), corpus.expectedDeadLetters(), List.copyOf(problems));
    }

    /** "rule eventId" for every final event that a rule matches and that has no alert of that rule. */
    static List<String> missingAlerts(Snapshot snapshot, RuleSet rules) {
        Set<String> alerted = snapshot.alerts().stream().map(a -> a.getRule() + " " + a.getEventId())
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        snapshot.finalEvents().forEach((id, event) -> rules.rules().stream()
                .filter(rule -> rule.outcome(event).isPresent())
                .map(rule -> rule.name() + " " + id)
                .filter(key -> !alerted.contains(key))
                .forEach(missing::add));
        return missing;
    }

    private static Map<String, String> contents(Snapshot snapshot) {
        Map<String, String> contents = new TreeMap<>();
        snapshot.finalEvents().forEach((id, event) -> contents.put(id, Snapshot.content(event)));
        return contents;
    }

    /** Per article, its sources and evidence in the final events, each with the type of its event, sorted. */
    static Map<String, List<String>> reportsByArticle(Snapshot snapshot) {
        Map<String, List<String>> reports = new TreeMap<>();
        for (Event event : snapshot.finalEvents().values()) {
            for (Source source : event.getSources()) {
                reports.computeIfAbsent(source.getArticleId(), k -> new ArrayList<>())
                        .add(event.getType() + " source " + source);
            }
            for (Evidence evidence : event.getEvidence()) {
                reports.computeIfAbsent(evidence.getArticleId(), k -> new ArrayList<>())
                        .add(event.getType() + " evidence " + evidence);
            }
        }
        reports.values().forEach(list -> list.sort(null));
        return reports;
    }

    /** The multiset difference a - b. */
    static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        b.forEach(x -> counts.merge(x, 1, Integer::sum));
        List<String> rest = new ArrayList<>();
        for (String x : a) {
            if (counts.getOrDefault(x, 0) > 0) {
                counts.merge(x, -1, Integer::sum);
            } else {
                rest.add(x);
            }
        }
        return rest;
    }

    private static Map<String, Long> reasons(Snapshot snapshot) {
        Map<String, Long> reasons = new TreeMap<>();
        snapshot.deadLetters().forEach(d -> reasons.merge(d.getStage() + ": " + reasonKind(d.getReason()), 1L, Long::sum));
        return reasons;
    }

    /** The reason without the parts that name a particular input (sizes, offsets, messages of the decoder). */
    private static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        String kind = colon > 0 ? reason.substring(0, colon) : reason;
        return kind.replaceAll("[0-9]+", "N").replaceAll("'.*'", "'...'");
    }

    private void report(String what, List<String> ids) {
        if (!ids.isEmpty()) {
            log.printf("chaos: %d %s, e.g. %s%n", ids.size(), what, ids.subList(0, Math.min(5, ids.size())));
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }

    /** One eventwire process (broker, extract or sink) started from this JVM's class path, logging to a file. */
    static final class ChildProcess {
        private final String name;
        private final List<String> args;
        private final Path logDir;
        private Process process;
        private int starts;

        ChildProcess(String name, List<String> args, Path logDir) {
            this.name = name;
            this.args = args;
            this.logDir = logDir;
        }

        void start() throws IOException {
            Files.createDirectories(logDir);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx768m");
            command.add("-XX:+UseSerialGC");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.eventwire.app.Main");
            command.addAll(args);
            Path logFile = logDir.resolve(name + "-" + (++starts) + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        }

        /** SIGKILL, as kill -9: no shutdown hook, no clean close. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        void restartIfDead(PrintStream log) {
            if (process != null && !process.isAlive()) {
                log.printf("chaos: %s exited with %d; restarting it%n", name, process.exitValue());
                try {
                    start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** SIGTERM and a clean shutdown; SIGKILL if that takes too long. */
        void stop() {
            if (process == null) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
